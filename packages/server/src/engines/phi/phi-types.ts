/**
 * The vocabulary of the PHI scrubber: the HIPAA Safe Harbor identifier kinds
 * it finds (45 CFR 164.514(b)(2)), the detectors that find them, and a span.
 *
 * @module
 */
import {
  PHI_DETECTORS as SDK_PHI_DETECTORS,
  PHI_TYPES as SDK_PHI_TYPES,
  type PhiDetectorName,
  type PhiTypeName,
} from '@meridian/sdk';

/** The identifier kinds, one per Safe Harbor category (geography split in three): the SDK's list, the one contract. */
export const PHI_TYPES = SDK_PHI_TYPES;

/** One identifier kind. */
export type PhiType = PhiTypeName;

/** Which detector found a span: a pattern, a lexicon look-up, or the optional model pass. */
export const PHI_DETECTORS = SDK_PHI_DETECTORS;

/** One detector. */
export type PhiDetector = PhiDetectorName;

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
