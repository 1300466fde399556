// Frozen copy of Meridian's no-dosing guardrail before issue #17 (main at be91258), kept only as bench/guardrail's baseline.
/** One passage of a text and where it starts. */
export interface Passage {
  text: string;
  start: number;
}

/**
 * Splits text into passages (sentences, lines, list items) for the guardrail.
 * A full stop ends a sentence only before white space and a capital letter,
 * digit, quote or bracket, so decimals (`5.2`) and abbreviations (`p.o. b.i.d.`)
 * stay inside their sentence; line breaks always split.
 *
 * @example
 * ```ts
 * splitPassages('Sodium 131 mmol/L. Give 500 mg p.o. b.i.d.').map((p) => p.text);
 * // ['Sodium 131 mmol/L.', 'Give 500 mg p.o. b.i.d.']
 * ```
 */
export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  const boundary = /(?<=[.!?;。！？])\s+(?=[\p{Lu}\d"'([¿¡])|\s*\n+\s*/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    push(passages, text, start, match.index);
    start = match.index + match[0].length;
  }
  push(passages, text, start, text.length);
  return passages;
}

function push(passages: Passage[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) passages.push({ text: trimmed, start: from + lead });
}
