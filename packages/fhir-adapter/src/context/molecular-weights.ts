/**
 * Molar masses (g/mol) used by UCUM to convert between mass and molar
 * concentrations (e.g. mg/dL <-> mmol/L). Values are the conventional
 * clinical-chemistry molar masses.
 *
 * @module
 */

/**
 * Molar masses in g/mol, keyed by analyte.
 *
 * - glucose C6H12O6: 180.156 (mg/dL ÷ 18.016 = mmol/L)
 * - creatinine C4H7N3O: 113.12 (mg/dL × 88.4 = µmol/L)
 * - urea CH4N2O: 60.06 (mg/dL ÷ 6.006 = mmol/L)
 * - urea nitrogen: 28.014 = the two nitrogen atoms of one urea molecule, so
 *   BUN mg/dL ÷ 2.8014 = urea mmol/L (the usual 0.357 factor)
 * - cholesterol C27H46O: 386.65 (mg/dL ÷ 38.67 = mmol/L), also used for HDL/LDL
 * - lactate C3H5O3⁻: 89.07 (mg/dL ÷ 8.907 = mmol/L)
 *
 * @example
 * ```ts
 * import { MOLECULAR_WEIGHTS } from '@meridian/fhir-adapter';
 * const mmolPerL = (mgPerDl * 10) / MOLECULAR_WEIGHTS.glucose; // 90 mg/dL -> 5.0 mmol/L
 * ```
 */
export const MOLECULAR_WEIGHTS = {
  glucose: 180.156,
  creatinine: 113.12,
  urea: 60.06,
  ureaNitrogen: 28.014,
  cholesterol: 386.65,
  lactate: 89.07,
} as const;
