/**
 * Scores detected spans against gold spans: a gold identifier is found when
 * a detected span overlaps it (what redaction needs; the kind may differ);
 * a detected span is correct when it overlaps any annotation.
 */
import type { PhiRecord } from './phi-datasets.js';

export interface PhiScore {
  recallByType: Map<string, { found: number; total: number }>;
  precisionByType: Map<string, { correct: number; total: number }>;
  found: number;
  total: number;
  correct: number;
  detected: number;
  negatives: number;
  cleanNegatives: number;
  negativeSpans: number;
  misses: string[];
  falsePositives: string[];
}

const bump = <T extends Record<string, number>>(map: Map<string, T>, key: string, init: T, add: Partial<T>) => {
  const v = map.get(key) ?? { ...init };
  for (const k of Object.keys(add) as Array<keyof T>) (v[k] as number) += add[k] as number;
  map.set(key, v);
};

/** Scores `detect` over `records`. */
export function scorePhi(
  records: PhiRecord[],
  detect: (text: string) => Array<{ type: string; start: number; end: number; text: string }>,
): PhiScore {
  const s: PhiScore = {
    recallByType: new Map(),
    precisionByType: new Map(),
    found: 0,
    total: 0,
    correct: 0,
    detected: 0,
    negatives: 0,
    cleanNegatives: 0,
    negativeSpans: 0,
    misses: [],
    falsePositives: [],
  };
  for (const record of records) {
    const spans = detect(record.text);
    if (record.gold.length === 0) {
      s.negatives++;
      if (spans.length === 0) s.cleanNegatives++;
      s.negativeSpans += spans.length;
    }
    for (const g of record.gold.filter((g) => g.phi)) {
      const hit = spans.some((p) => p.start < g.end && p.end > g.start);
      bump(s.recallByType, g.type, { found: 0, total: 0 }, { found: hit ? 1 : 0, total: 1 });
      s.total++;
      if (hit) s.found++;
      else s.misses.push(`${g.type} «${g.value}» in: ${record.text.slice(0, 160)}`);
    }
    for (const p of spans) {
      const ok = record.gold.some((g) => p.start < g.end && p.end > g.start);
      bump(s.precisionByType, p.type, { correct: 0, total: 0 }, { correct: ok ? 1 : 0, total: 1 });
      s.detected++;
      if (ok) s.correct++;
      else s.falsePositives.push(`${p.type} «${p.text}» in: ${record.text.slice(0, 160)}`);
    }
  }
  return s;
}
