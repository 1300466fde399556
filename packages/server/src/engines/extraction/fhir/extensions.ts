/**
 * The two extensions Meridian puts on extracted resources.
 *
 * - `source-span`: where in the note the resource came from. Sub-extensions
 *   `start` and `end` (valueInteger, UTF-16 code unit offsets, end exclusive,
 *   so `note.slice(start, end)` is the evidence) and `text` (valueString, that
 *   evidence).
 * - `assertion`: the ConText status of the mention (valueCode `affirmed`,
 *   `negated`, `uncertain`, `historical` or `family`; repeats when several
 *   apply).
 *
 * @module
 */
import type { Extension } from '@medplum/fhirtypes';
import type { AssertionStatus } from '../assertion/assertion-status.js';

/** URL of the source-span extension. @example `SOURCE_SPAN_URL.endsWith('source-span')` */
export const SOURCE_SPAN_URL = 'https://meridian.example.org/fhir/StructureDefinition/source-span';
/** URL of the assertion extension. @example `ASSERTION_URL.endsWith('assertion')` */
export const ASSERTION_URL = 'https://meridian.example.org/fhir/StructureDefinition/assertion';

/**
 * The source-span extension of `[start, end)` in `note`.
 *
 * @example
 * ```ts
 * sourceSpan('no MI', 3, 5).extension?.[2]?.valueString; // 'MI'
 * ```
 */
export function sourceSpan(note: string, start: number, end: number): Extension {
  return {
    url: SOURCE_SPAN_URL,
    extension: [
      { url: 'start', valueInteger: start },
      { url: 'end', valueInteger: end },
      { url: 'text', valueString: note.slice(start, end) },
    ],
  };
}

/**
 * The source span and assertion extensions of a mention.
 *
 * @example
 * ```ts
 * mentionExtensions('no MI', 3, 5, ['negated']).length; // 2
 * ```
 */
export function mentionExtensions(
  note: string,
  start: number,
  end: number,
  assertion: readonly AssertionStatus[],
): Extension[] {
  return [sourceSpan(note, start, end), ...assertion.map((code) => ({ url: ASSERTION_URL, valueCode: code }))];
}
