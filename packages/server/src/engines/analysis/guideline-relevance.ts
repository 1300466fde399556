/**
 * Whether a retrieved guideline passage supports a differential: it must
 * name the condition and use enough of the condition's clinical vocabulary
 * (lexical, always), and, when embeddings are configured, lie close enough
 * to the condition in the embedding space (dense). A passage that fails is
 * not cited: nothing rather than something unrelated.
 *
 * @module
 */
import type { Differential } from '@meridian/sdk';
import { CONDITION_VOCABULARIES } from './condition-vocabulary.js';
import type { RetrievedChunk } from './retrieved-chunk.js';

/** The thresholds a passage must pass. */
export interface RelevanceThresholds {
  /** Distinct related terms a passage must use besides naming the condition. */
  minRelatedTerms: number;
  /** Least cosine similarity between the condition and the passage, when embeddings are configured. */
  minSimilarity: number;
}

/**
 * The default thresholds: the condition named and two terms of its clinical
 * picture; cosine 0.25 (embedding models differ: a tenant tunes it with its
 * own model).
 */
export const DEFAULT_RELEVANCE: RelevanceThresholds = { minRelatedTerms: 2, minSimilarity: 0.25 };

/** Lower-cased word stems, spelling-folded (`haemoglobin` and `hemoglobin` alike, plurals off). */
export function stems(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  ).map((w) => {
    const folded = w.replace(/aem/g, 'em').replace(/oe/g, 'e');
    return folded.length > 3 && /[^su]s$/.test(folded) ? folded.slice(0, -1) : folded;
  });
}

/** The terms a passage about a differential's condition uses. */
export interface ConditionTerms {
  names: string[][];
  related: string[][];
  /** The names and related terms as written, for a search or an embedding. */
  text: string;
}

const contains = (hay: readonly string[], needle: readonly string[]) => {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

const GENERIC = ['signs', 'symptoms', 'diagnosis', 'causes', 'assessment', 'risk', 'tests'];

/**
 * The condition's names and related terms, as stem sequences: from the
 * vocabulary entry its code or name selects, else its own name and the words
 * of its findings.
 *
 * @example
 * ```ts
 * conditionTerms(sepsisDifferential).names; // [['sepsi'], ['septic'], ...]
 * ```
 */
export function conditionTerms(d: Pick<Differential, 'condition' | 'code' | 'findingsFor'>): ConditionTerms {
  const name = stems(d.condition);
  const entry = CONDITION_VOCABULARIES.find(
    (v) =>
      (d.code?.code !== undefined && v.codes.includes(d.code.code)) || v.names.some((n) => contains(name, stems(n))),
  );
  const names = entry ? [...entry.names, d.condition] : [d.condition];
  const related = entry
    ? entry.related
    : [...GENERIC, ...d.findingsFor.flatMap((f) => f.replace(/[\d.,%/×]+.*$/, '').split(/\s+/))];
  const seqs = (terms: readonly string[]) => [
    ...new Map(
      terms
        .map((t) => stems(t))
        .filter((s) => s.length)
        .map((s) => [s.join(' '), s]),
    ).values(),
  ];
  return { names: seqs(names), related: seqs(related), text: [...new Set([...names, ...related])].join(', ') };
}

/** How a passage scores against a condition. */
export interface LexicalRelevance {
  /** The condition is named in the passage's heading or text. */
  named: boolean;
  /** The condition is named in its heading. */
  namedInHeading: boolean;
  /** Distinct related terms the passage uses. */
  relatedTerms: number;
  /** For ranking: 2 for a heading that names it, 1 for text that does, plus the related terms. */
  score: number;
}

/**
 * Scores a passage against a condition's terms.
 *
 * @example
 * ```ts
 * lexicalRelevance(conditionTerms(d), chunk); // { named: true, relatedTerms: 5, score: 7, ... }
 * ```
 */
export function lexicalRelevance(
  terms: ConditionTerms,
  chunk: Pick<RetrievedChunk, 'heading' | 'text'>,
): LexicalRelevance {
  const heading = stems(chunk.heading);
  const body = stems(chunk.text);
  const namedInHeading = terms.names.some((n) => contains(heading, n));
  const named = namedInHeading || terms.names.some((n) => contains(body, n));
  const all = [...heading, ...body];
  const relatedTerms = terms.related.filter((r) => contains(all, r)).length;
  return { named, namedInHeading, relatedTerms, score: (namedInHeading ? 2 : named ? 1 : 0) + relatedTerms };
}

/**
 * Whether a passage passes: it names the condition, uses enough related
 * terms, and, where a similarity is given (embeddings configured), is close enough.
 *
 * @example
 * ```ts
 * passesRelevance(lexicalRelevance(terms, chunk), 0.41); // true
 * ```
 */
export function passesRelevance(
  lexical: LexicalRelevance,
  similarity: number | undefined,
  thresholds: RelevanceThresholds = DEFAULT_RELEVANCE,
): boolean {
  if (!lexical.named || lexical.relatedTerms < thresholds.minRelatedTerms) return false;
  return similarity === undefined || similarity >= thresholds.minSimilarity;
}
