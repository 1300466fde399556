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
