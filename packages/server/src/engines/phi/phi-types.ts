/**
 * The vocabulary of the PHI scrubber: the HIPAA Safe Harbor identifier kinds
 * it finds (45 CFR 164.514(b)(2)), the detectors that find them, and a span.
 *
 * @module
 */

/** The identifier kinds, one per Safe Harbor category (geography split in three). */
export const PHI_TYPES = [
  'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN',
  'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID',
] as const;

/** One identifier kind. */
export type PhiType = (typeof PHI_TYPES)[number];

/** Which detector found a span: a pattern, a lexicon look-up, or the optional model pass. */
export const PHI_DETECTORS = ['rules', 'lexicon', 'model'] as const;

/** One detector. */
export type PhiDetector = (typeof PHI_DETECTORS)[number];

/** One identifier found in a text: `text.slice(start, end) === span.text`. */
export interface PhiSpan {
  readonly type: PhiType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly detector: PhiDetector;
}

/**
 * Builds a span from a match, its offset and the text it came from.
 *
 * @example
 * ```ts
 * phiSpan('EMAIL', 'mail a@b.org', 5, 12, 'rules'); // { type: 'EMAIL', start: 5, end: 12, text: 'a@b.org', detector: 'rules' }
 * ```
 */
export function phiSpan(type: PhiType, source: string, start: number, end: number, detector: PhiDetector): PhiSpan {
  return { type, start, end, text: source.slice(start, end), detector };
}
