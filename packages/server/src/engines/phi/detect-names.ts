/**
 * Person names: a title ("Mr.", "Dr.") or a cue ("patient", "seen by",
 * "name:") before capitalised words (rules), or a run of capitalised words
 * that starts with a known first name (lexicon). A name that is also an
 * English word needs a second token (a surname or an initial) or a cue;
 * eponyms ("Parkinson", "Wells score") and drug names are never names
 * without a title.
 *
 * @module
 */
import { insideWord, LOWER, UPPER } from './latin-letters.js';
import { phiSpan, type PhiSpan } from './phi-types.js';
import { AMBIGUOUS_NAMES, FIRST_NAMES, LAST_NAMES } from './lexicons/name-lexicon.js';
import { CLINICAL_WORDS, EPONYM_NOUNS, EPONYMS } from './lexicons/clinical-terms.js';

interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly initial: boolean;
}

const WORD = new RegExp(`[${UPPER}](?:[${LOWER}'’-]*[${LOWER}]|\\.)?(?:-[${UPPER}][${LOWER}]+)?`, 'g');
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|sr|sra|fr)\.?$/i;
const CUE_BEFORE =
  /\b(?:(?:female|male|woman|man|boy|girl|child|infant|gentleman|lady|yo|y\/o),|patient|pt|seen by|referred by|referral from|named|name is|name:|called|mother|father|son|daughter|wife|husband|sister|brother|spouse|partner|nurse|np|pa|caregiver|contact|son of|daughter of|attending|provider|physician)\s*:?\s*(?=[A-Z\u00C0-\u024F])/gi;
const NOT_NAMES =
  /^(?:the|a|an|in|on|at|of|for|and|or|to|with|by|from|is|was|what|how|which|who|when|where|why|should|can|could|would|any|best|current|recent|latest|new|i|we|he|she|they|it|this|that|these|those|my|our|his|her|their|patient|dr|mr|mrs|ms)$/i;

/**
 * Finds person names.
 *
 * @example
 * ```ts
 * detectNames('Mr. James T. was seen by Dr. Emily Clark for Parkinson disease');
 * // NAME 'James T.', NAME 'Emily Clark' (not 'Parkinson')
 * ```
 */
export function detectNames(text: string): PhiSpan[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    if (insideWord(text, m.index)) continue;
    const word = m[0];
    const dotted = word.endsWith('.');
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      lower: (dotted ? word.slice(0, -1) : word).toLowerCase(),
      initial: word.length === 1 || (dotted && word.length === 2),
    });
  }
  const cues = new Set<number>();
  for (const m of text.matchAll(CUE_BEFORE)) cues.add(m.index + m[0].length);
  const cued = (token: Token) => cues.has(token.start);
  const spans: PhiSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const title = token.end - token.start <= 4 && TITLE.test(text.slice(token.start, token.end));
    if (!title && (token.initial || !(cued(token) || FIRST_NAMES.has(token.lower) || LAST_NAMES.has(token.lower))))
      continue;
    const run = followingRun(text, tokens, i);
    if (title && run.length > 1) {
      const name = run.slice(1, 4);
      spans.push(phiSpan('NAME', text, name[0]!.start, name[name.length - 1]!.end, 'rules'));
      i += name.length;
      continue;
    }
    if (token.initial || NOT_NAMES.test(token.lower)) continue;
    const length = nameLength(text, run, cued);
    if (length === 0) continue;
    spans.push(phiSpan('NAME', text, token.start, run[length - 1]!.end, cued(token) ? 'rules' : 'lexicon'));
    i += length - 1;
  }
  return spans;
}

/** The tokens from `i` on that are separated by one space (at most four). */
function followingRun(text: string, tokens: Token[], i: number): Token[] {
  const run = [tokens[i]!];
  for (let j = i + 1; j < tokens.length && run.length < 4; j++) {
    if (!/^\.? ?$|^\s$/.test(text.slice(run[run.length - 1]!.end, tokens[j]!.start))) break;
    run.push(tokens[j]!);
  }
  return run;
}

/** How many tokens of the run make a name (0 when it is not one). */
function nameLength(text: string, run: Token[], cued: (t: Token) => boolean): number {
  const [first, second] = run;
  const clinical = (t: Token) =>
    EPONYMS.has(t.lower) || CLINICAL_WORDS.has(t.lower) || EPONYM_NOUNS.test(text.slice(t.end, t.end + 16));
  const surname = (t: Token | undefined) =>
    !!t && (t.initial || ((LAST_NAMES.has(t.lower) || FIRST_NAMES.has(t.lower)) && !CLINICAL_WORDS.has(t.lower)));
  const known = FIRST_NAMES.has(first!.lower) || LAST_NAMES.has(first!.lower);
  const firstName = FIRST_NAMES.has(first!.lower) && !AMBIGUOUS_NAMES.has(first!.lower) && !clinical(first!);
  if (
    second &&
    (surname(second) || (firstName && !NOT_NAMES.test(second.lower))) &&
    !clinical(second) &&
    (known || cued(first!)) &&
    !(
      AMBIGUOUS_NAMES.has(first!.lower) &&
      AMBIGUOUS_NAMES.has(second!.lower) &&
      !(FIRST_NAMES.has(first!.lower) && LAST_NAMES.has(second!.lower))
    )
  ) {
    const third = run[2];
    return third && surname(third) && !clinical(third) && !AMBIGUOUS_NAMES.has(third.lower) ? 3 : 2;
  }
  if (clinical(first!)) return 0;
  if (cued(first!)) return 1;
  if (known && !AMBIGUOUS_NAMES.has(first!.lower) && !sentenceStart(text, first!)) return 1;
  return 0;
}

function sentenceStart(text: string, token: Token): boolean {
  return /(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, token.start - 3), token.start));
}
