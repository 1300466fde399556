/**
 * Contact identifiers by pattern: e-mail addresses, URLs and bare domains,
 * IPv4/IPv6 addresses, telephone and fax numbers (fax when the number follows
 * the word "fax" closely).
 *
 * @module
 */
import { phiSpan, type PhiSpan } from './phi-types.js';

const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const TLD = /\.(?:com|org|net|edu|gov|io|info|biz)(?:\.[a-z]{2})?\b(?:\/[^\s<>"')\]]*)?/gi;
const DOMAIN_CHAR = /[a-z0-9.-]/i;
const IPV6_CHAR = /[0-9a-f:]/i;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const IPV6 = /^(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6})$/i;
const PHONE =
  /(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?\d{2,4}[\s.-]?\d{3,4}|\d{3}[\s.-]\d{3}[\s.-]\d{4}|\d{3}\.\d{3}\.\d{4}|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4})(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w.]\d)/g;
const FAX_CUE = /\bfax\b[^\d\n]{0,12}$/i;
const TELEPHONE_CUE = /\b(?:call|phone|tel|telephone|cell|mobile|contact|reach(?:ed)?|number|no\.?|#)\b[^\d\n]{0,12}$/i;
const LOOSE_PHONE = /(?<![\w.])\+?\d[\d\s().-]{6,16}\d(?![\w.]\d)/g;

/**
 * Finds e-mails, URLs, IP addresses, telephone and fax numbers.
 *
 * @example
 * ```ts
 * detectContacts('fax 650-123-4567'); // [{ type: 'FAX', text: '650-123-4567', ... }]
 * ```
 */
export function detectContacts(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  const emails: Array<[number, number]> = [];
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1]!)) start--;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    if (start === at || !domain) continue;
    spans.push(phiSpan('EMAIL', text, start, at + domain[0].length, 'rules'));
    emails.push([start, at + domain[0].length]);
  }
  const inEmail = (start: number, end: number) => emails.some(([s, e]) => start < e && end > s);
  for (const m of text.matchAll(URL)) {
    const end = m.index + m[0].replace(/[.,;:!?]+$/, '').length;
    if (!inEmail(m.index, end)) spans.push(phiSpan('URL', text, m.index, end, 'rules'));
  }
  for (const m of text.matchAll(TLD)) {
    let start = m.index;
    while (start > 0 && DOMAIN_CHAR.test(text[start - 1]!)) start--;
    const end = m.index + m[0].replace(/[.,;:!?]+$/, '').length;
    if (start < m.index && !inEmail(start, end) && text[start - 1] !== '/')
      spans.push(phiSpan('URL', text, start, end, 'rules'));
  }
  for (const m of text.matchAll(IPV4)) spans.push(phiSpan('IP', text, m.index, m.index + m[0].length, 'rules'));
  for (let colon = text.indexOf(':'); colon >= 0;) {
    let start = colon;
    let end = colon;
    while (start > 0 && IPV6_CHAR.test(text[start - 1]!)) start--;
    while (end < text.length && IPV6_CHAR.test(text[end]!)) end++;
    if (end - start > 5 && IPV6.test(text.slice(start, end))) spans.push(phiSpan('IP', text, start, end, 'rules'));
    colon = text.indexOf(':', end);
  }
  for (const m of text.matchAll(PHONE)) spans.push(phoneSpan(text, m.index, m[0]));
  for (const m of text.matchAll(LOOSE_PHONE)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (TELEPHONE_CUE.test(before) || FAX_CUE.test(before)) spans.push(phoneSpan(text, m.index, m[0]));
  }
  return spans;
}

function phoneSpan(text: string, start: number, match: string): PhiSpan {
  const fax = FAX_CUE.test(text.slice(Math.max(0, start - 24), start));
  return phiSpan(fax ? 'FAX' : 'PHONE', text, start, start + match.length, 'rules');
}
