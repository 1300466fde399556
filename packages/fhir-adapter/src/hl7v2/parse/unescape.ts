/**
 * HL7 v2 escape sequences (chapter 2.7): delimiters (`\F\ \S\ \T\ \R\ \E\`,
 * `\P\`), hexadecimal data (`\Xhh..\`, decoded in the message's character
 * set), and formatting (`\.br\`, `\H\`, `\N\`, ...). Meridian decodes them
 * itself: node-hl7-client reads `\X..\` as Latin-1 whatever MSH-18 says.
 *
 * @module
 */
import type { Hl7Delimiters } from './delimiters.js';

const LINE_BREAKS = new Set(['.br', '.sp']);

function decodeHex(hex: string, charset: string): string | undefined {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9A-Fa-f]+$/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function decodeSequence(body: string, d: Hl7Delimiters, charset: string): string | undefined {
  switch (body) {
    case 'F':
      return d.field;
    case 'S':
      return d.component;
    case 'T':
      return d.subcomponent;
    case 'R':
      return d.repetition;
    case 'E':
      return d.escape;
    case 'P':
      return d.truncation;
    case 'H':
    case 'N':
      return '';
  }
  if (body.startsWith('X')) return decodeHex(body.slice(1), charset);
  if (LINE_BREAKS.has(body) || /^\.sp\d+$/.test(body)) return '\n';
  if (/^\.(in|ti|sk|ce|fi|nf)[+-]?\d*$/.test(body)) return '';
  if (/^[CMZ][0-9A-Za-z]*$/.test(body)) return '';
  return undefined;
}

/**
 * Decodes the escape sequences of one primitive value. An unknown or
 * unterminated sequence is kept as written.
 *
 * @example
 * ```ts
 * import { unescapeHl7, DEFAULT_DELIMITERS } from '@meridian/fhir-adapter';
 * unescapeHl7('a\\F\\b\\XC3A9\\', DEFAULT_DELIMITERS, 'utf-8'); // 'a|bé'
 * ```
 */
export function unescapeHl7(raw: string, delimiters: Hl7Delimiters, charset = 'utf-8'): string {
  const esc = delimiters.escape;
  if (!raw.includes(esc)) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf(esc, i);
    if (start === -1) break;
    const end = raw.indexOf(esc, start + 1);
    if (end === -1) break;
    const decoded = decodeSequence(raw.slice(start + 1, end), delimiters, charset);
    if (decoded === undefined) {
      out += raw.slice(i, start + 1);
      i = start + 1;
      continue;
    }
    out += raw.slice(i, start) + decoded;
    i = end + 1;
  }
  return out + raw.slice(i);
}

/**
 * Escapes text for a primitive value: delimiters and the escape character,
 * and line breaks as `\.br\`; other control characters as `\Xhh\`.
 *
 * @example
 * ```ts
 * import { escapeHl7, DEFAULT_DELIMITERS } from '@meridian/fhir-adapter';
 * escapeHl7('a|b^c', DEFAULT_DELIMITERS); // 'a\\F\\b\\S\\c'
 * ```
 */
export function escapeHl7(text: string, d: Hl7Delimiters): string {
  const table = new Map<string, string>([
    [d.escape, 'E'],
    [d.field, 'F'],
    [d.component, 'S'],
    [d.subcomponent, 'T'],
    [d.repetition, 'R'],
  ]);
  if (d.truncation !== undefined) table.set(d.truncation, 'P');
  let out = '';
  for (const ch of text) {
    const code = table.get(ch);
    if (code !== undefined) out += `${d.escape}${code}${d.escape}`;
    else if (ch === '\n') out += `${d.escape}.br${d.escape}`;
    else if (ch < ' ' || ch === '\x7f')
      out += `${d.escape}X${ch.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}${d.escape}`;
    else out += ch;
  }
  return out;
}
