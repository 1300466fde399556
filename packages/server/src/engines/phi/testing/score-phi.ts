/**
 * Scores detected spans against gold spans: a gold identifier is found when
 * a detected span overlaps it (what redaction needs; the kind may differ);
 * a detected span is correct when it overlaps any annotation. Recall is
 * counted by gold label and by Safe Harbor category of the gold kind,
 * precision by detected kind and by its category; a record with no
 * annotation at all is PHI-free, and is "altered" when anything is detected.
 *
 * @module
 */
import { SAFE_HARBOR_CATEGORY_OF } from '../safe-harbor.js';
import type { PhiType } from '../phi-types.js';
import type { PhiRecord } from './phi-corpora.js';

/** Counts of one key: found or correct out of total. */
export interface Tally {
  hit: number;
  total: number;
}

/** The scores of one run over a set of records. */
export interface PhiScore {
  recallByLabel: Map<string, Tally>;
  recallByCategory: Map<string, Tally>;
  precisionByKind: Map<string, Tally>;
  precisionByCategory: Map<string, Tally>;
  recall: Tally;
  precision: Tally;
  /** PHI-free records (no annotation): total, and those left untouched as `hit`. */
  phiFree: Tally;
  misses: string[];
  falsePositives: string[];
}

const tally = (map: Map<string, Tally>, key: string, hit: boolean) => {
  const t = map.get(key) ?? { hit: 0, total: 0 };
  t.total++;
  if (hit) t.hit++;
  map.set(key, t);
};

/** The ratio of a tally, or `NaN` when it is empty. */
export const rate = (t: Tally): number => (t.total ? t.hit / t.total : Number.NaN);

/**
 * Scores `detect` over `records`.
 *
 * @example
 * ```ts
 * rate(scorePhi(clinicalQueries(), detectPhi).recall); // 0.99
 * ```
 */
export function scorePhi(
  records: readonly PhiRecord[],
  detect: (text: string) => ReadonlyArray<{ type: PhiType; start: number; end: number; text?: string }>,
): PhiScore {
  const s: PhiScore = {
    recallByLabel: new Map(),
    recallByCategory: new Map(),
    precisionByKind: new Map(),
    precisionByCategory: new Map(),
    recall: { hit: 0, total: 0 },
    precision: { hit: 0, total: 0 },
    phiFree: { hit: 0, total: 0 },
    misses: [],
    falsePositives: [],
  };
  for (const record of records) {
    const spans = detect(record.text);
    if (record.gold.length === 0) {
      s.phiFree.total++;
      if (spans.length === 0) s.phiFree.hit++;
    }
    for (const g of record.gold) {
      if (!g.kind) continue;
      const hit = spans.some((p) => p.start < g.end && p.end > g.start);
      tally(s.recallByLabel, g.type, hit);
      tally(s.recallByCategory, SAFE_HARBOR_CATEGORY_OF[g.kind], hit);
      s.recall.total++;
      if (hit) s.recall.hit++;
      else s.misses.push(`${g.type} «${g.value}» in: ${record.text.slice(0, 160)}`);
    }
    for (const p of spans) {
      const ok = record.gold.some((g) => p.start < g.end && p.end > g.start);
      tally(s.precisionByKind, p.type, ok);
      tally(s.precisionByCategory, SAFE_HARBOR_CATEGORY_OF[p.type], ok);
      s.precision.total++;
      if (ok) s.precision.hit++;
      else s.falsePositives.push(`${p.type} «${record.text.slice(p.start, p.end)}» in: ${record.text.slice(0, 160)}`);
    }
  }
  return s;
}
