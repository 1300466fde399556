/**
 * Test helper: the spans of a detector as `TYPE:text` strings.
 *
 * @module
 */
import type { PhiSpan } from './phi-types.js';
import { resolveSpans } from './resolve-spans.js';

/**
 * `TYPE:text` for each span, overlaps resolved as `detectPhi` does, in order.
 *
 * @example
 * ```ts
 * found(detectDates('on 03/04/2022')); // ['DATE:03/04/2022']
 * ```
 */
export const found = (spans: readonly PhiSpan[]): string[] => resolveSpans(spans).map((s) => `${s.type}:${s.text}`);
