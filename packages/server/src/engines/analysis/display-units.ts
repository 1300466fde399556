/**
 * Units as clinicians write them, from the canonical UCUM codes the FHIR
 * adapter normalises to.
 *
 * @module
 */

const WRITTEN: Readonly<Record<string, string>> = {
  'mm[Hg]': 'mmHg',
  Cel: '°C',
  '/min': '/min',
  '%': '%',
  '10*9/L': '×10⁹/L',
  '10*3/uL': '×10⁹/L',
  '{INR}': '',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  'kg/m2': 'kg/m²',
  umol: 'µmol',
  'umol/L': 'µmol/L',
};

/**
 * A UCUM unit as people write it (`mm[Hg]` → `mmHg`, `Cel` → `°C`); units
 * already written that way come back unchanged.
 *
 * @example
 * ```ts
 * writtenUnit('mm[Hg]'); // 'mmHg'
 * ```
 */
export function writtenUnit(ucum: string): string {
  return WRITTEN[ucum] ?? ucum;
}

/**
 * A value with its unit as people write it: `38.6 °C`, `98 mmHg`, `93%`, `INR 2.4` stays `2.4`.
 *
 * @example
 * ```ts
 * writtenValue(38.6, 'Cel'); // '38.6 °C'
 * writtenValue(93, '%'); // '93%'
 * ```
 */
export function writtenValue(value: number | string, ucum: string | undefined): string {
  const unit = ucum === undefined ? '' : writtenUnit(ucum);
  if (!unit) return `${value}`;
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}
