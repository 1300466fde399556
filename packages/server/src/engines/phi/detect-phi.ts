/**
 * All rule and lexicon detectors over one text, overlaps resolved.
 *
 * @module
 */
import { detectAges } from './detect-ages.js';
import { detectContacts } from './detect-contact.js';
import { detectDates } from './detect-dates.js';
import { detectIdentifiers } from './detect-identifiers.js';
import { detectNames } from './detect-names.js';
import { detectPlaces } from './detect-places.js';
import { detectVehicles } from './detect-vehicles.js';
import type { PhiSpan } from './phi-types.js';
import { resolveSpans } from './resolve-spans.js';

/**
 * Finds the Safe Harbor identifiers of a text with the rules and lexicons;
 * `extra` spans (e.g. from the model pass) join before overlaps are resolved.
 *
 * @example
 * ```ts
 * detectPhi('Seen by Dr. Emily Clark on 03/04/2022, MRN 12345678');
 * // [NAME 'Emily Clark', DATE '03/04/2022', MRN '12345678']
 * ```
 */
export function detectPhi(text: string, extra: readonly PhiSpan[] = []): PhiSpan[] {
  return resolveSpans([
    ...detectContacts(text),
    ...detectIdentifiers(text),
    ...detectDates(text),
    ...detectAges(text),
    ...detectVehicles(text),
    ...detectPlaces(text),
    ...detectNames(text),
    ...extra,
  ]);
}
