/** One chunk of a guideline: the heading path it sits under and its text. */
export interface GuidelineChunk {
  heading: string;
  text: string;
}

/** Options of {@link chunkDocument}. */
export interface ChunkOptions {
  /** Largest chunk, in characters (default 1200). */
  maxChars?: number;
  /** Characters repeated from the end of one window at the start of the next (default 200). */
  overlapChars?: number;
}

interface Section {
  heading: string;
  body: string;
}

function sections(markdown: string, title: string): Section[] {
  const out: Section[] = [];
  const path: string[] = [];
  let body: string[] = [];
  const flush = () => {
    const text = body.join('\n').trim();
    if (text) out.push({ heading: path.filter(Boolean).join(' › ') || title, body: text });
    body = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) {
      body.push(line);
      continue;
    }
    flush();
    const level = h[1]!.length;
    path.length = level - 1;
    path[level - 1] = h[2]!;
  }
  flush();
  return out;
}

function windows(text: string, max: number, overlap: number): string[] {
  if (text.length <= max) return [text];
  const sentences = text.match(/[^.!?\n]+(?:[.!?]+|\n+|$)\s*/g) ?? [text];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > max) {
      out.push(current.trim());
      const tail = current.slice(-overlap);
      current = tail.slice(Math.max(0, tail.indexOf(' ') + 1));
    }
    current += sentence;
    while (current.length > max * 1.5) {
      out.push(current.slice(0, max).trim());
      current = current.slice(max - overlap);
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * Splits a Markdown (or plain text) guideline into chunks by heading: each
 * section under its heading path (`Sepsis › Signs`), long sections into
 * sentence-aligned windows of at most `maxChars` that overlap by about
 * `overlapChars`. Plain text has no headings: its chunks sit under the title.
 *
 * @example
 * ```ts
 * chunkDocument('# Sepsis\n## Signs\nFever, fast heart rate...', 'CDC sepsis');
 * // [{ heading: 'Sepsis › Signs', text: 'Fever, fast heart rate...' }]
 * ```
 */
export function chunkDocument(markdown: string, title: string, options: ChunkOptions = {}): GuidelineChunk[] {
  const max = options.maxChars ?? 1200;
  const overlap = options.overlapChars ?? 200;
  return sections(markdown, title).flatMap((s) =>
    windows(s.body, max, overlap).map((text) => ({ heading: s.heading, text })),
  );
}
