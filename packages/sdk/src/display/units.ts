/**
 * UCUM unit codes as people write them. The API carries UCUM (`mm[Hg]`,
 * `Cel`, `a`); text for people (widgets, card Markdown, summary sentences)
 * goes through {@link displayUnit} and {@link formatQuantity}, so the
 * mapping lives in one place.
 *
 * @module
 */

/**
 * UCUM codes whose written form differs from the code; any other code is
 * already written as people write it (`/min`, `%`, `mmol/L`, `mg/dL`).
 *
 * @example
 * ```ts
 * UCUM_DISPLAY['mm[Hg]']; // 'mmHg'
 * ```
 */
export const UCUM_DISPLAY: Readonly<Record<string, string>> = {
  'mm[Hg]': 'mmHg',
  Cel: '°C',
  '[degF]': '°F',
  degF: '°F',
  a: 'years',
  mo: 'months',
  wk: 'weeks',
  d: 'days',
  h: 'hours',
  '{INR}': '',
  '{beats}/min': '/min',
  '{breaths}/min': '/min',
  'umol/L': 'µmol/L',
  'ug/L': 'µg/L',
  'kg/m2': 'kg/m²',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  '10*9/L': '× 10⁹/L',
  '10*12/L': '× 10¹²/L',
  '10*3/uL': '× 10³/µL',
  '[lb_av]': 'lb',
  '[in_i]': 'in',
};

/**
 * A UCUM unit code as people write it (`''` for none).
 *
 * @example
 * ```ts
 * displayUnit('Cel'); // '°C'
 * displayUnit('/min'); // '/min'
 * ```
 */
export function displayUnit(unit: string | undefined | null): string {
  if (!unit) return '';
  return UCUM_DISPLAY[unit] ?? unit;
}

/**
 * A number with at most `digits` decimals in `locale` (default `en`: the
 * same text on every server), then its unit as people write it.
 *
 * @example
 * ```ts
 * formatQuantity(98, 'mm[Hg]'); // '98 mmHg'
 * formatQuantity(38.649, 'Cel'); // '38.65 °C'
 * formatQuantity(78, 'a'); // '78 years'
 * formatQuantity(1.2, '{INR}'); // '1.2'
 * ```
 */
export function formatQuantity(value: number, unit?: string | null, locale = 'en', digits = 2): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false }).format(value);
  const written = displayUnit(unit);
  return written ? `${number} ${written}` : number;
}

/**
 * A value a calculator or rule reports with its UCUM unit: a number goes
 * through {@link formatQuantity}; a text value (`DBP 58`, `120/80`) gets the
 * written unit after it.
 *
 * @example
 * ```ts
 * formatMeasured('DBP 58', 'mm[Hg]'); // 'DBP 58 mmHg'
 * ```
 */
export function formatMeasured(value: number | string, unit?: string | null, locale = 'en'): string {
  if (typeof value === 'number') return formatQuantity(value, unit, locale);
  const written = displayUnit(unit);
  return written ? `${value} ${written}` : value;
}
