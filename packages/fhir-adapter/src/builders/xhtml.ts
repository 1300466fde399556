/**
 * Narrative XHTML for FHIR `text.div`, with every piece of text escaped.
 *
 * @module
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XHTML content and attribute values (& < > " ').
 *
 * @example
 * ```ts
 * import { escapeXhtml } from '@meridian/fhir-adapter';
 * escapeXhtml('SpO2 < 92 & on O2'); // 'SpO2 &lt; 92 &amp; on O2'
 * ```
 */
export function escapeXhtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * A FHIR narrative `div`: one `<p>` per paragraph, text escaped, control
 * characters (not allowed in XML) removed.
 *
 * @example
 * ```ts
 * import { narrativeDiv } from '@meridian/fhir-adapter';
 * narrativeDiv(['NEWS2 = 7 (high)']); // '<div xmlns="http://www.w3.org/1999/xhtml"><p>NEWS2 = 7 (high)</p></div>'
 * ```
 */
export function narrativeDiv(paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeXhtml(stripControlCharacters(p))}</p>`).join('');
  return `<div xmlns="http://www.w3.org/1999/xhtml">${body === '' ? '<p></p>' : body}</div>`;
}

function stripControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
