/**
 * Surrogates: a realistic stand-in for each identifier, chosen by an
 * HMAC-SHA256 of its kind and normalised text under a key, so the same value
 * gets the same surrogate wherever the same key is used (one document, or
 * one patient across documents when the key is the patient's) and nobody
 * without the key can link a surrogate to its value. Years stay (Safe Harbor
 * keeps them); ids keep their shape (letters for letters, digits for digits).
 *
 * @module
 */
import { createHmac } from 'node:crypto';
import { allLocales } from '@faker-js/faker';
import type { PhiType } from './phi-types.js';

const en = allLocales.en;
const pool = (entries: unknown): string[] =>
  (Array.isArray(entries) ? entries : Object.values(entries as Record<string, string[]>).flat()) as string[];
const FIRST = pool(en.person?.first_name);
const LAST = pool(en.person?.last_name);
const CITIES = pool(en.location?.city_name);
const STREETS = pool(en.location?.street_suffix);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A stream of numbers drawn from the HMAC of one value. */
function draws(key: Buffer, type: PhiType, value: string): (n: number) => number {
  const digest = createHmac('sha256', key)
    .update(`${type}\u0000${value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`)
    .digest();
  let at = 0;
  return (n) => {
    const v = digest.readUInt32BE(at % 28);
    at += 4;
    return v % n;
  };
}

/**
 * The surrogate of one identifier under `key`.
 *
 * @example
 * ```ts
 * surrogateFor(key, 'MRN', 'AB-123456'); // e.g. 'QX-804113', the same for the same key and value
 * ```
 */
export function surrogateFor(key: Buffer, type: PhiType, value: string): string {
  const pick = draws(key, type, value);
  const from = (list: string[]) => list[pick(list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => String(pick(10))).join('');
  switch (type) {
    case 'NAME': {
      const words = value.trim().split(/\s+/);
      if (words.length === 1) return from(LAST);
      return words.length === 2 && /^\p{Lu}\.?$/u.test(words[1]!)
        ? `${from(FIRST)} ${from(LAST)[0]}.`
        : `${from(FIRST)} ${from(LAST)}`;
    }
    case 'LOCATION':
      return `${from(CITIES)}`;
    case 'ADDRESS':
      return `${1 + pick(9899)} ${from(LAST)} ${from(STREETS)}`;
    case 'ZIP':
      return digits(5);
    case 'DATE': {
      const year = value.match(/\b(?:19|20)\d\d\b/)?.[0];
      return `${from(MONTHS)} ${1 + pick(28)}${year ? `, ${year}` : ''}`;
    }
    case 'AGE':
      return '90 or older';
    case 'PHONE':
    case 'FAX':
      return `555-01${digits(2)}-${digits(4)}`;
    case 'EMAIL':
      return `${from(FIRST).toLowerCase()}.${digits(4)}@example.org`;
    case 'SSN':
      return `9${digits(2)}-${digits(2)}-${digits(4)}`;
    case 'URL':
      return `https://example.org/${digits(6)}`;
    case 'IP':
      return `10.${pick(256)}.${pick(256)}.${pick(256)}`;
    default:
      return value
        .replace(/\p{L}/gu, (c) => {
          const l = String.fromCharCode(65 + pick(26));
          return c === c.toLowerCase() ? l.toLowerCase() : l;
        })
        .replace(/\d/g, () => String(pick(10)));
  }
}
