/**
 * Formatting helpers of acknowledgements.
 *
 * @module
 */

/**
 * An HL7 DTM in UTC to the second with an explicit offset: `YYYYMMDDHHMMSS+0000`.
 *
 * @example
 * ```ts
 * hl7Timestamp(new Date('2024-05-01T12:00:00Z')); // '20240501120000+0000'
 * ```
 */
export function hl7Timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-T:]/g, '')}+0000`;
}

/**
 * Whether HL7 version `version` (e.g. '2.5.1') is `minimum` or later; an
 * unreadable version counts as the newest.
 *
 * @example
 * ```ts
 * versionAtLeast('2.5.1', '2.5'); // true
 * versionAtLeast('2.3', '2.3.1'); // false
 * ```
 */
export function versionAtLeast(version: string, minimum: string): boolean {
  const parts = version.split('.').map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return true;
  const min = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(parts.length, min.length); i++) {
    const a = parts[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
