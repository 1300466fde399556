/**
 * The scrubber's entry: find the identifiers of a text and replace each by
 * its type tag (`[NAME]`) or by a keyed surrogate, consistently (the same
 * value and kind, the same replacement).
 *
 * @module
 */
import { detectPhi } from './detect-phi.js';
import type { PhiSpan } from './phi-types.js';
import { surrogateFor } from './surrogates.js';

/** How to replace: a type tag, or a surrogate drawn under `key`. */
export type ScrubOptions =
  | { readonly mode: 'tag'; readonly extraSpans?: readonly PhiSpan[] }
  | { readonly mode: 'surrogate'; readonly key: Buffer; readonly extraSpans?: readonly PhiSpan[] };

/** A scrubbed text, its spans (offsets into the original) and each replacement. */
export interface ScrubResult {
  readonly text: string;
  readonly spans: readonly PhiSpan[];
  readonly replacements: readonly string[];
}

/**
 * Scrubs one text. `extraSpans` (the model pass) join the rule spans.
 *
 * @example
 * ```ts
 * scrubText('Seen by Dr. Emily Clark on 03/04/2022', { mode: 'tag' }).text; // 'Seen by Dr. [NAME] on [DATE]'
 * ```
 */
export function scrubText(text: string, options: ScrubOptions): ScrubResult {
  const spans = detectPhi(text, options.extraSpans);
  const replacements = spans.map((s) =>
    options.mode === 'tag' ? `[${s.type}]` : surrogateFor(options.key, s.type, s.text),
  );
  let out = '';
  let at = 0;
  spans.forEach((s, i) => {
    out += text.slice(at, s.start) + replacements[i]!;
    at = s.end;
  });
  return { text: out + text.slice(at), spans, replacements };
}
