/**
 * Common non-UCUM unit spellings found in real EHR data, mapped to UCUM.
 *
 * @module
 */

/**
 * Lower-cased unit text -> UCUM code. Consulted only when the text is not
 * itself a UCUM unit that converts to the concept's canonical unit.
 *
 * @example
 * ```ts
 * import { UNIT_ALIASES } from '@meridian/fhir-adapter';
 * UNIT_ALIASES['bpm']; // '/min'
 * UNIT_ALIASES['degf']; // '[degF]'
 * ```
 */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  bpm: '/min',
  'beats/min': '/min',
  'beats/minute': '/min',
  'beats per minute': '/min',
  'beat/min': '/min',
  'breaths/min': '/min',
  'breaths/minute': '/min',
  'breaths per minute': '/min',
  'per minute': '/min',
  '/minute': '/min',
  mmhg: 'mm[Hg]',
  'mm hg': 'mm[Hg]',
  'mm/hg': 'mm[Hg]',
  degf: '[degF]',
  '°f': '[degF]',
  'deg f': '[degF]',
  f: '[degF]',
  fahrenheit: '[degF]',
  '[degf]': '[degF]',
  degc: 'Cel',
  '°c': 'Cel',
  'deg c': 'Cel',
  c: 'Cel',
  celsius: 'Cel',
  cel: 'Cel',
  lb: '[lb_av]',
  lbs: '[lb_av]',
  pound: '[lb_av]',
  pounds: '[lb_av]',
  '[lb_av]': '[lb_av]',
  oz: '[oz_av]',
  ounce: '[oz_av]',
  ounces: '[oz_av]',
  in: '[in_i]',
  inch: '[in_i]',
  inches: '[in_i]',
  '[in_i]': '[in_i]',
  ft: '[ft_i]',
  feet: '[ft_i]',
  percent: '%',
  '%o2': '%',
  '% o2': '%',
  'l/min': 'L/min',
  lpm: 'L/min',
  'liters/min': 'L/min',
  'litres/min': 'L/min',
  'kg/m²': 'kg/m2',
  'kg/m^2': 'kg/m2',
  'mg/dl': 'mg/dL',
  'g/dl': 'g/dL',
  'g/l': 'g/L',
  'mmol/l': 'mmol/L',
  'umol/l': 'umol/L',
  'µmol/l': 'umol/L',
  'μmol/l': 'umol/L',
  'meq/l': 'meq/L',
  'mmol/mol': 'mmol/mol',
  'k/ul': '10*3/uL',
  'k/µl': '10*3/uL',
  'x10^3/ul': '10*3/uL',
  '10^3/ul': '10*3/uL',
  'thou/ul': '10*3/uL',
  '10*3/ul': '10*3/uL',
  'x10^9/l': '10*9/L',
  '10^9/l': '10*9/L',
  '10*9/l': '10*9/L',
  'ml/min/1.73m2': 'mL/min/{1.73_m2}',
  'ml/min/1.73 m2': 'mL/min/{1.73_m2}',
  'ml/min/{1.73_m2}': 'mL/min/{1.73_m2}',
  inr: '{INR}',
};
