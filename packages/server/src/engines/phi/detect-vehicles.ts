/**
 * Vehicle identifiers: VINs (17 characters, no I, O or Q, letters and
 * digits) and licence plates after a cue ("licence plate", "plate",
 * "registration", "reg.", "tag #"), in the shapes plates take
 * ("7ABC123", "AB12 CDE", "4GHT-882"): letters and digits together, upper case.
 *
 * @module
 */
import { phiSpan, type PhiSpan } from './phi-types.js';

const VIN = /\b[A-HJ-NPR-Z\d]{17}\b/g;
const PLATE_CUE =
  /\b(?:licen[cs]e[^\S\n]+plates?|number[^\S\n]+plates?|plates?|tags?|registration|reg\.?)(?:[^\S\n]+(?:no\.?|number|#))?[^\S\n]*[:#]?[^\S\n]*/gi;
const PLATE = /[A-Z\d]{1,4}(?:[- ]?[A-Z\d]{1,4}){0,2}(?![A-Za-z\d])/y;

/**
 * Finds VINs and cued licence plates.
 *
 * @example
 * ```ts
 * detectVehicles('VIN 1HGCM82633A004352, licence plate AB12 CDE'); // VEHICLE '1HGCM82633A004352', VEHICLE 'AB12 CDE'
 * ```
 */
export function detectVehicles(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const m of text.matchAll(VIN))
    if (/\d/.test(m[0]) && /[A-Z]/.test(m[0]))
      spans.push(phiSpan('VEHICLE', text, m.index, m.index + m[0].length, 'rules'));
  for (const m of text.matchAll(PLATE_CUE)) {
    const start = m.index + m[0].length;
    PLATE.lastIndex = start;
    const plate = PLATE.exec(text)?.[0] ?? '';
    const bare = plate.replace(/[- ]/g, '');
    if (/\d/.test(bare) && /[A-Z]/.test(bare) && bare.length >= 4 && bare.length <= 8)
      spans.push(phiSpan('VEHICLE', text, start, start + plate.length, 'rules'));
  }
  return spans;
}
