/**
 * HL7 table 0211 (alternate character sets, MSH-18) and the WHATWG encoding
 * label each decodes with. Sets whose segment separators would not be single
 * bytes (UTF-16, UTF-32) or that need ISO 2022 switching are not listed, so
 * they are refused rather than misread.
 *
 * @module
 */

/**
 * MSH-18 value -> `TextDecoder` label. An empty MSH-18 means the default
 * (7-bit ASCII, read as UTF-8, its superset).
 *
 * @example
 * ```ts
 * HL7_CHARSETS['8859/1']; // 'iso-8859-1'
 * HL7_CHARSETS['UNICODE UTF-8']; // 'utf-8'
 * ```
 */
export const HL7_CHARSETS: Readonly<Record<string, string>> = {
  ASCII: 'utf-8',
  'ISO IR6': 'utf-8',
  UNICODE: 'utf-8',
  'UNICODE UTF-8': 'utf-8',
  '8859/1': 'iso-8859-1',
  '8859/2': 'iso-8859-2',
  '8859/3': 'iso-8859-3',
  '8859/4': 'iso-8859-4',
  '8859/5': 'iso-8859-5',
  '8859/6': 'iso-8859-6',
  '8859/7': 'iso-8859-7',
  '8859/8': 'iso-8859-8',
  '8859/9': 'iso-8859-9',
  '8859/15': 'iso-8859-15',
  'ISO IR100': 'iso-8859-1',
  'ISO IR14': 'shift_jis',
  'GB 18030-2000': 'gb18030',
  'KS X 1001': 'euc-kr',
  'BIG-5': 'big5',
};

/**
 * The decoder label for an MSH-18 value, or `undefined` when the set is not
 * supported. Case and surrounding spaces are ignored.
 *
 * @example
 * ```ts
 * charsetLabel('unicode utf-8'); // 'utf-8'
 * charsetLabel('UNICODE UTF-16'); // undefined
 * ```
 */
export function charsetLabel(msh18: string): string | undefined {
  const wanted = msh18.trim().toUpperCase();
  if (wanted === '') return 'utf-8';
  for (const [name, label] of Object.entries(HL7_CHARSETS)) if (name.toUpperCase() === wanted) return label;
  return undefined;
}
