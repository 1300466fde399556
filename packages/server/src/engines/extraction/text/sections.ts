/**
 * Section headings of a note ("Family history:", "PMH:") and the assertion
 * they give to everything under them until the next heading.
 *
 * @module
 */
import type { TextRange } from './sentences.js';

/** What a section implies for the mentions inside it. */
export type SectionKind = 'family' | 'historical' | 'allergies' | 'medications' | 'other';

const HEADINGS: ReadonlyArray<[RegExp, SectionKind]> = [
  [/^(?:family\s+history|fam(?:ily)?\s*hx|fhx|fh)$/iu, 'family'],
  [
    /^(?:past\s+medical\s+history|past\s+history|pmhx?|past\s+surgical\s+history|pshx?|medical\s+history)$/iu,
    'historical',
  ],
  [/^(?:allerg(?:y|ies)(?:\s*\/\s*intolerances)?|drug\s+allergies)$/iu, 'allergies'],
  [/^(?:medications?|meds|current\s+medications|home\s+medications)$/iu, 'medications'],
];

/** A section: its kind and the range of the note it covers (after its heading). */
export interface Section extends TextRange {
  kind: SectionKind;
}

/**
 * The sections of `text`: a heading is a line start followed by a known
 * title and a colon; any other `Title:` line start ends the previous section.
 *
 * @example
 * ```ts
 * findSections('FH: mother had breast cancer.')[0]?.kind; // 'family'
 * ```
 */
export function findSections(text: string): Section[] {
  const heading = /(^|\n)[ \t]*([A-Za-z][A-Za-z /]{0,40}?)[ \t]*:/gu;
  const marks: Array<{ at: number; bodyStart: number; kind: SectionKind }> = [];
  for (let m = heading.exec(text); m; m = heading.exec(text)) {
    const title = (m[2] ?? '').trim();
    const kind = HEADINGS.find(([pattern]) => pattern.test(title))?.[1] ?? 'other';
    marks.push({ at: m.index + (m[1] ?? '').length, bodyStart: m.index + m[0].length, kind });
  }
  return marks.map((mark, i) => ({ kind: mark.kind, start: mark.bodyStart, end: marks[i + 1]?.at ?? text.length }));
}

/**
 * The kind of section covering `offset` (`other` when none does).
 *
 * @example
 * ```ts
 * sectionAt(findSections('PMH: asthma'), 6); // 'historical'
 * ```
 */
export function sectionAt(sections: readonly Section[], offset: number): SectionKind {
  for (const s of sections) if (offset >= s.start && offset < s.end) return s.kind;
  return 'other';
}
