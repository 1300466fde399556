/**
 * The property a stated unit implies, which chooses between the LOINC codes
 * of an analyte reported both by mass and by amount of substance.
 *
 * @module
 */

/** The property a UCUM unit implies: amount of substance (mmol/L, umol/L, mmol/mol), mass (mg/dL, g/L), a fraction (%), or another. */
export type UnitProperty = 'substance' | 'mass' | 'fraction' | 'other';

/**
 * The property of a UCUM unit code.
 *
 * @example
 * ```ts
 * unitProperty('umol/L'); // 'substance'
 * unitProperty('mg/dL'); // 'mass'
 * ```
 */
export function unitProperty(ucum: string): UnitProperty {
  if (/mol(?![a-z])/u.test(ucum)) return 'substance';
  if (/^[munpk]?g(?:\/|$)/u.test(ucum)) return 'mass';
  return ucum === '%' ? 'fraction' : 'other';
}
