/**
 * Overlapping detections resolved to one span per stretch of text: within
 * each cluster of overlapping spans the longest wins, then the earlier, then
 * the more specific detector (a pattern before a look-up).
 *
 * @module
 */
import type { PhiSpan } from './phi-types.js';

const DETECTOR_RANK = { rules: 0, model: 1, lexicon: 2 } as const;

/**
 * Sorts spans and drops those that overlap a kept one.
 *
 * @example
 * ```ts
 * resolveSpans([ssnSpan, idSpanInsideIt]); // [ssnSpan]
 * ```
 */
export function resolveSpans(spans: readonly PhiSpan[]): PhiSpan[] {
  const byStart = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const kept: PhiSpan[] = [];
  let cluster: PhiSpan[] = [];
  let clusterEnd = -1;
  for (const span of byStart) {
    if (span.start >= clusterEnd && cluster.length) {
      kept.push(...resolveCluster(cluster));
      cluster = [];
    }
    cluster.push(span);
    clusterEnd = Math.max(clusterEnd, span.end);
  }
  kept.push(...resolveCluster(cluster));
  return kept;
}

function resolveCluster(cluster: PhiSpan[]): PhiSpan[] {
  if (cluster.length < 2) return cluster;
  const ranked = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || DETECTOR_RANK[a.detector] - DETECTOR_RANK[b.detector]);
  const kept: PhiSpan[] = [];
  for (const span of ranked) if (!kept.some((k) => span.start < k.end && span.end > k.start)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}
