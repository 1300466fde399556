/**
 * Formats an ISO date-time for people, in the given locale and time zone
 * (the runtime's when undefined). An unparseable value is shown as it came.
 *
 * @example
 * ```ts
 * formatDateTime('2026-03-01T09:30:00Z', 'en-GB', 'UTC'); // '1 Mar 2026, 09:30'
 * ```
 */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/**
 * Formats a number with at most `digits` decimals, in the given locale.
 *
 * @example
 * ```ts
 * formatNumber(38.649, 'en-GB', 1); // '38.6'
 * ```
 */
export function formatNumber(value: number, locale?: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** UCUM unit codes written for people (`mm[Hg]` → `mmHg`, `Cel` → `°C`, `a` → `years`). */
const UNIT_DISPLAY: Record<string, string> = {
  'mm[Hg]': 'mmHg',
  Cel: '°C',
  '{INR}': '',
  a: 'years',
  'umol/L': 'µmol/L',
};

/**
 * A UCUM unit code as people write it.
 *
 * @example
 * ```ts
 * displayUnit('mm[Hg]'); // 'mmHg'
 * ```
 */
export function displayUnit(unit: string | undefined): string {
  if (!unit) return '';
  return UNIT_DISPLAY[unit] ?? unit;
}

/**
 * A camelCase input name as words, for inputs no criterion labels
 * (`supplementalOxygen` → `supplemental oxygen`).
 *
 * @example
 * ```ts
 * humaniseName('heartRate'); // 'heart rate'
 * ```
 */
export function humaniseName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/\b([A-Z])([a-z])/g, (_, a: string, b: string) => a.toLowerCase() + b);
}
