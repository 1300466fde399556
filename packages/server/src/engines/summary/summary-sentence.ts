import type { CodingRef } from '@meridian/fhir-adapter';
import type { SummarySentence } from '@meridian/sdk';

/** A sentence of the rules engine with the date it is about (for date-ordered chunks); the date is not sent to clients. */
export type DatedSentence = SummarySentence & { date?: string | undefined };

/**
 * The readable name of a coded item: its text, else the first display, else `system|code`.
 *
 * @example
 * ```ts
 * conceptName({ codes: [{ code: '38341003', display: 'Hypertension' }] }); // 'Hypertension'
 * ```
 */
export function conceptName(item: { text?: string | undefined; codes: readonly CodingRef[] }): string {
  const display = item.text ?? item.codes.find((c) => c.display)?.display;
  if (display) return display.trim();
  const code = item.codes[0];
  return code ? `code ${code.code ?? 'unknown'}` : 'an uncoded entry';
}

/**
 * The calendar date of an ISO date-time (`2024-05-01`), or `undefined`.
 *
 * @example
 * ```ts
 * dayOf('2024-05-01T12:00:00Z'); // '2024-05-01'
 * ```
 */
export function dayOf(iso: string | undefined): string | undefined {
  return iso && /^\d{4}(-\d{2}(-\d{2})?)?/.test(iso) ? iso.slice(0, 10) : undefined;
}
