/**
 * A ConText-style assertion classifier: in one sentence, finds triggers
 * (after masking pseudo-triggers), and gives a mention every category whose
 * trigger reaches it: forward triggers over the words after them, backward
 * ones over the words before, each scope at most `window` words long and
 * ended by a terminator ("but", "however", ";").
 *
 * @module
 */
import { PhraseIndex, tokenize, type Token } from './phrase-index.js';
import {
  DEFAULT_SCOPE_WORDS,
  PSEUDO_TRIGGERS,
  TERMINATORS,
  TRIGGERS,
  type Trigger,
  type TriggerCategory,
} from './triggers.js';

type Cue = { kind: 'pseudo' } | { kind: 'terminator' } | { kind: 'trigger'; triggers: Trigger[] };

function cueTable(): Map<string, Cue> {
  const table = new Map<string, Cue>();
  for (const t of TRIGGERS) {
    const cue = table.get(t.phrase);
    if (cue?.kind === 'trigger') cue.triggers.push(t);
    else table.set(t.phrase, { kind: 'trigger', triggers: [t] });
  }
  // Terminators and pseudo-triggers win over a trigger spelled the same.
  for (const p of TERMINATORS) table.set(p, { kind: 'terminator' });
  for (const p of PSEUDO_TRIGGERS) table.set(p, { kind: 'pseudo' });
  return table;
}

const CUES = new PhraseIndex<Cue>(cueTable());

interface FoundCue {
  cue: Cue;
  first: number;
  last: number;
}

/** A sentence ready for classifying mentions: its tokens and cues. */
export interface AnalysedSentence {
  tokens: Token[];
  cues: FoundCue[];
}

/**
 * Tokenises a sentence (offsets relative to the note) and finds its cues;
 * pseudo-triggers consume their words so the triggers inside them do not fire.
 *
 * @example
 * ```ts
 * analyseSentence('No increase in pain', 0).cues.length; // 1 (the pseudo-trigger)
 * ```
 */
export function analyseSentence(sentence: string, offset: number): AnalysedSentence {
  const tokens = tokenize(sentence, offset);
  const cues: FoundCue[] = [];
  for (let i = 0; i < tokens.length;) {
    const found = CUES.match(tokens, i);
    if (!found) {
      i++;
      continue;
    }
    cues.push({ cue: found.value, first: i, last: i + found.length - 1 });
    i += found.length;
  }
  return { tokens, cues };
}

const blocked = (cues: readonly FoundCue[], from: number, to: number) =>
  cues.some((c) => c.cue.kind === 'terminator' && c.first >= from && c.last <= to);

/**
 * The categories whose triggers reach the mention at `[start, end)`.
 *
 * @example
 * ```ts
 * const s = analyseSentence('Denies chest pain but has cough', 0);
 * classifyMention(s, 7, 17); // Set { 'negated' }
 * classifyMention(s, 26, 31); // Set {}
 * ```
 */
export function classifyMention(
  sentence: AnalysedSentence,
  start: number,
  end: number,
  window = DEFAULT_SCOPE_WORDS,
): Set<TriggerCategory> {
  const { tokens, cues } = sentence;
  const first = tokens.findIndex((t) => t.end > start);
  if (first < 0) return new Set();
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  const out = new Set<TriggerCategory>();
  for (const c of cues) {
    if (c.cue.kind !== 'trigger') continue;
    for (const trigger of c.cue.triggers) {
      if (
        trigger.direction === 'forward' &&
        c.last < first &&
        first - c.last <= window &&
        !blocked(cues, c.last + 1, first - 1)
      )
        out.add(trigger.category);
      if (
        trigger.direction === 'backward' &&
        c.first > last &&
        c.first - last <= window &&
        !blocked(cues, last + 1, c.first - 1)
      )
        out.add(trigger.category);
    }
  }
  return out;
}
