/**
 * Overlapping detections resolved to one span per stretch of text: each
 * cluster of overlapping spans becomes their union (so nothing detected is
 * left readable), with the kind of the longest, then the earlier, then the
 * more specific detector (a pattern before a look-up).
 *
 * @module
 */
import type { PhiSpan } from './phi-types.js';

const DETECTOR_RANK = { rules: 0, model: 1, lexicon: 2 } as const;

/**
 * Sorts spans and merges those that overlap.
 *
 * @example
 * ```ts
 * resolveSpans([ssnSpan, idSpanInsideIt]); // [ssnSpan]
 * resolveSpans([placeOverDrEmily, nameEmilyClark]); // [one LOCATION span over both]
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

/** One span over the whole cluster (no detected character is left out), with the kind and detector of its longest member. */
function resolveCluster(cluster: PhiSpan[]): PhiSpan[] {
  if (cluster.length < 2) return cluster;
  const [best] = [...cluster].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || DETECTOR_RANK[a.detector] - DETECTOR_RANK[b.detector],
  );
  const start = cluster[0]!.start;
  const end = Math.max(...cluster.map((s) => s.end));
  if (best!.start === start && best!.end === end) return [best!];
  const text = cluster
    .map((s) => ({ s, from: s.start - start }))
    .reduce((acc, { s, from }) => acc.slice(0, from) + s.text + acc.slice(from + s.text.length), '');
  return [{ ...best!, start, end, text }];
}
