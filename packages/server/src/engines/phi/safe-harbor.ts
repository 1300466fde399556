/**
 * The eighteen HIPAA Safe Harbor identifier categories (45 CFR
 * 164.514(b)(2)(i)(A)–(R)) and the scrubber's kind for each: what a
 * benchmark reports recall and precision by.
 *
 * @module
 */
import type { PhiType } from './phi-types.js';

/** The categories by their letter in the rule. (Q), full-face photographs, are images: no text detector applies. */
export const SAFE_HARBOR_CATEGORIES = {
  A: 'Names',
  B: 'Geographic subdivisions smaller than a state',
  C: 'Dates (except year) and ages over 89',
  D: 'Telephone numbers',
  E: 'Fax numbers',
  F: 'E-mail addresses',
  G: 'Social security numbers',
  H: 'Medical record numbers',
  I: 'Health plan beneficiary numbers',
  J: 'Account numbers',
  K: 'Certificate and licence numbers',
  L: 'Vehicle identifiers and serial numbers, licence plates',
  M: 'Device identifiers and serial numbers',
  N: 'URLs',
  O: 'IP addresses',
  P: 'Biometric identifiers',
  Q: 'Full-face photographs and comparable images',
  R: 'Any other unique identifying number, characteristic or code',
} as const;

/** One category letter. */
export type SafeHarborCategory = keyof typeof SAFE_HARBOR_CATEGORIES;

/**
 * The category of each identifier kind.
 *
 * @example
 * ```ts
 * SAFE_HARBOR_CATEGORY_OF.AGE; // 'C'
 * ```
 */
export const SAFE_HARBOR_CATEGORY_OF: Readonly<Record<PhiType, SafeHarborCategory>> = {
  NAME: 'A',
  ADDRESS: 'B',
  LOCATION: 'B',
  ZIP: 'B',
  DATE: 'C',
  AGE: 'C',
  PHONE: 'D',
  FAX: 'E',
  EMAIL: 'F',
  SSN: 'G',
  MRN: 'H',
  HEALTH_PLAN: 'I',
  ACCOUNT: 'J',
  LICENSE: 'K',
  VEHICLE: 'L',
  DEVICE: 'M',
  URL: 'N',
  IP: 'O',
  BIOMETRIC: 'P',
  ID: 'R',
};
