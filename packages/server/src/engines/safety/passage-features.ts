/**
 * What a normalised passage holds that matters to the guardrail: its
 * tokens, which of them name a drug or a medication class, and where the
 * instructions to change a medication are.
 *
 * @module
 */
import {
  DESCRIBING_SUBJECTS,
  ELECTROLYTE_WORDS,
  INSTRUCTION_VERB,
  MEDICATION_CLASS_WORDS,
  NEAR_INSTRUCTION_VERB,
} from './dosing-lexicon.js';
import { isDrugToken, multiWordDrugs } from './drug-vocabulary.js';

/** One token of a normalised passage and where it starts. */
export interface Token {
  text: string;
  start: number;
}

/** The features of a passage. */
export interface PassageFeatures {
  tokens: Token[];
  /** Indices (in `tokens`) of tokens that name a drug. */
  drugs: number[];
  /** Where each drug name of `drugs` ends in the passage (a name glued to its amount, `amox500`, ends before the digits). */
  drugEnds: number[];
  /** Indices of tokens that name a medication class or a dose in general. */
  classWords: number[];
  /** Indices of tokens that name an electrolyte (a medicine only beside an instruction). */
  electrolytes: number[];
  /** Indices of tokens where an instruction starts, with how far (in tokens) it reaches. */
  instructions: Array<{ index: number; reach: number }>;
}

const TOKEN = /[\p{L}\d][\p{L}\d.'’/-]*[\p{L}\d]|[\p{L}\d]/gu;
/** A word glued to a number (`amox500`). */
const GLUED_AMOUNT = /^(\p{L}[\p{L}/-]{2,}?)\d/u;
const ELECTROLYTES = new Set<string>(ELECTROLYTE_WORDS);
const SINGLE_CLASS = new Set<string>(MEDICATION_CLASS_WORDS.filter((w) => !w.includes(' ')));
const MULTI_CLASS = new RegExp(
  String.raw`\b(?:${MEDICATION_CLASS_WORDS.filter((w) => w.includes(' ')).join('|')})\b`,
  'gu',
);
const INSTRUCTION = new RegExp(INSTRUCTION_VERB, 'gu');
const NEAR_INSTRUCTION = new RegExp(NEAR_INSTRUCTION_VERB, 'gu');
const SUBJECTS = new Set<string>(DESCRIBING_SUBJECTS);
/** How many tokens an instruction reaches, either side. */
export const INSTRUCTION_REACH = 6;
const NEAR_REACH = 3;

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Reads the features of a passage already normalised by `normaliseForGuard`.
 *
 * @example
 * ```ts
 * const f = passageFeatures('omit tonight’s warfarin');
 * f.drugs; // [2]
 * f.instructions; // [{ index: 0, reach: 6 }]
 * ```
 */
export function passageFeatures(t: string): PassageFeatures {
  const tokens = [...t.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index }));
  const drugs: number[] = [];
  const drugEnds: number[] = [];
  const classWords: number[] = [];
  const electrolytes: number[] = [];
  tokens.forEach((token, i) => {
    const word = token.text.replace(/['’]s$/u, '');
    if (/^\d/u.test(word)) return;
    const multi = multiWordDrugs(word).find((name) => t.startsWith(name, token.start));
    const glued = GLUED_AMOUNT.exec(word);
    if (isDrugToken(word) || multi) {
      drugs.push(i);
      drugEnds.push(token.start + (multi ?? token.text).length);
    } else if (glued && isDrugToken(glued[1]!)) {
      drugs.push(i);
      drugEnds.push(token.start + glued[1]!.length);
    } else if (SINGLE_CLASS.has(word)) classWords.push(i);
    else if (ELECTROLYTES.has(word)) electrolytes.push(i);
  });
  if (tokens.length) for (const m of t.matchAll(MULTI_CLASS)) classWords.push(tokenAt(tokens, m.index));
  const instructions: PassageFeatures['instructions'] = [];
  // A verb after a subject ("people who skip meals") describes; only the others instruct.
  const instructs = (index: number) => index === 0 || !SUBJECTS.has(tokens[index - 1]!.text);
  if (tokens.length) {
    for (const [pattern, reach] of [
      [INSTRUCTION, INSTRUCTION_REACH],
      [NEAR_INSTRUCTION, NEAR_REACH],
    ] as const) {
      for (const m of t.matchAll(pattern)) {
        const index = tokenAt(tokens, m.index);
        if (instructs(index)) instructions.push({ index, reach });
      }
    }
  }
  return { tokens, drugs, drugEnds, classWords, electrolytes, instructions };
}

/**
 * Whether an instruction of the passage has a drug (or a medication class,
 * or the word dose) within its reach: `NEAR` verbs (`take`, `chart`)
 * reach forward only, the others either side.
 *
 * @example
 * ```ts
 * instructsMedication(passageFeatures('cut the furosemide in half')); // true
 * instructsMedication(passageFeatures('take blood cultures before antimicrobials')); // false
 * ```
 */
export function instructsMedication(f: PassageFeatures): boolean {
  const targets = [...f.drugs, ...f.classWords, ...f.electrolytes];
  return f.instructions.some(({ index, reach }) =>
    targets.some((j) =>
      reach === NEAR_REACH ? j > index && j - index <= reach : j !== index && Math.abs(j - index) <= reach,
    ),
  );
}
