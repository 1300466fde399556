/**
 * Scoring the oncology profile against a gold record: a field's value is
 * the set of its "; "-separated parts, normalised (lower case, single
 * spaces, no trailing punctuation); a record is an exact match when every
 * field's set equals the gold one; field-level precision, recall and F1 are
 * micro-averaged over the parts (a null field is an empty set).
 *
 * @module
 */
import { ONCOLOGY_FIELDS, type OncologyField, type OncologyRecord } from './oncology-fields.js';

/** True positives, false positives and false negatives. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores of a set of records. */
export interface OncologyScore {
  records: number;
  exactMatches: number;
  overall: Tally;
  perField: Record<OncologyField, Tally>;
}

const parts = (v: string | null) =>
  new Set(
    (v ?? '')
      .split(';')
      .map((p) =>
        p
          .toLowerCase()
          .replace(/\s+/gu, ' ')
          .replace(/[.,]+$/u, '')
          .trim(),
      )
      .filter((p) => p !== ''),
  );

/**
 * Scores predictions against gold records (same order).
 *
 * @example
 * ```ts
 * scoreOncology([pred], [gold]).exactMatches; // 1 when all seven fields agree
 * ```
 */
export function scoreOncology(predicted: readonly OncologyRecord[], gold: readonly OncologyRecord[]): OncologyScore {
  const zero = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
  const perField = Object.fromEntries(ONCOLOGY_FIELDS.map((f) => [f, zero()])) as Record<OncologyField, Tally>;
  const overall = zero();
  let exactMatches = 0;
  gold.forEach((g, i) => {
    let exact = true;
    for (const field of ONCOLOGY_FIELDS) {
      const p = parts(predicted[i]?.[field] ?? null);
      const t = parts(g[field]);
      const tp = [...p].filter((x) => t.has(x)).length;
      const tally = { tp, fp: p.size - tp, fn: t.size - tp };
      if (tally.fp + tally.fn > 0) exact = false;
      for (const k of ['tp', 'fp', 'fn'] as const) {
        perField[field][k] += tally[k];
        overall[k] += tally[k];
      }
    }
    if (exact) exactMatches++;
  });
  return { records: gold.length, exactMatches, overall, perField };
}

/**
 * F1 of a tally (1 when there is nothing to find and nothing was found).
 *
 * @example
 * ```ts
 * f1({ tp: 1, fp: 1, fn: 0 }); // 0.666...
 * ```
 */
export function f1(t: Tally): number {
  const denominator = 2 * t.tp + t.fp + t.fn;
  return denominator === 0 ? 1 : (2 * t.tp) / denominator;
}
