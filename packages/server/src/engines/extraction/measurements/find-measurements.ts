/**
 * Vital signs and laboratory values stated in a note ("BP 142/88 mmHg",
 * "creatinine 1.4 mg/dL", "HR 88"), as clinicians write them too: units
 * glued to numbers ("Cr 92umol/L", "BP 140/90mmHg") and numbers to names
 * ("T38.6", "Na140"). The unit is resolved to UCUM by the adapter's
 * `ucumCodeOf` (ucum-lhc, with Meridian's unit aliases), without the
 * sentence's punctuation ("umol/L." is `umol/L`). A unit UCUM does not know
 * is kept as text, without a code.
 *
 * @module
 */
import { ucumCodeOf } from '@meridian/fhir-adapter';
import { MEASUREMENT_TERMS, type MeasurementTerm } from './measurement-terms.js';

/** A value with its unit as the note wrote it and its UCUM code when it has one. */
export interface StatedQuantity {
  value: number;
  unit?: string;
  ucum?: string;
}

/** A measurement found in the note. */
export interface MeasurementMention {
  term: MeasurementTerm | 'blood-pressure';
  start: number;
  end: number;
  text: string;
  values: StatedQuantity[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const FILLER = String.raw`(?:\s*(?:levels?|of|was|is|at|value|now|decreased to|increased to|rose to|fell to|[:=]))*\s*`;
const NUMBER = String.raw`(\d{1,4}(?:\.\d+)?)`;
const UNIT = String.raw`(?:[^\S\n]*(%|°\s?[CF]|mm\s?Hg|[A-Za-zµμ][A-Za-zµμ0-9]*(?:\s?\/\s?[A-Za-zµμ0-9.{}_]+)*|\/min|x\s?10\^\d+\/[A-Za-z]+|10\^\d+\/[A-Za-z]+))?`;
const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}])`;
/** After a name a digit may follow directly ("Cr92", "T38.6"): no letter may. */
const NAME_END = String.raw`(?!\p{L})`;
/** Sentence punctuation a unit pattern may take along ("umol/L." at the end of a sentence). */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/u;
const names = MEASUREMENT_TERMS.flatMap((t) => t.names.map((n) => [n, t] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const byName = new Map(names.map(([n, t]) => [n, t]));
const SINGLE = new RegExp(
  `${BOUNDARY_BEFORE}(${names.map(([n]) => escape(n)).join('|')})${NAME_END}${FILLER}${NUMBER}${UNIT}`,
  'giu',
);
const BP = new RegExp(
  `${BOUNDARY_BEFORE}(?:bp|blood pressure)${FILLER}(\\d{2,3})\\s*\\/\\s*(\\d{2,3})(?:\\s*(mm\\s?hg))?${BOUNDARY_AFTER}`,
  'giu',
);

/** A number glued to a one-letter name ("T38.6", "K3.1") counts only with a decimal point ("T2DM", "T4" and "p53" are not measurements). */
function gluedNameAllowed(name: string, number: string): boolean {
  return name.length > 1 || (name !== 'p' && number.includes('.'));
}

function quantity(value: number, unitText: string | undefined, term: MeasurementTerm): StatedQuantity {
  let unit = unitText?.trim();
  if (unit === undefined && term.names.includes('temperature')) unit = value > 50 ? '[degF]' : 'Cel';
  unit ??= term.defaultUnit;
  if (unit === undefined) return { value };
  const ucum = ucumCodeOf(unit.replace(/\s+/gu, ''));
  return ucum === undefined ? { value, unit } : { value, unit, ucum };
}

/**
 * The measurements of `text`, in order.
 *
 * @example
 * ```ts
 * findMeasurements('BP 142/88, HR 90 bpm')[1]?.values[0]; // { value: 90, unit: 'bpm', ucum: '/min' }
 * ```
 */
export function findMeasurements(text: string): MeasurementMention[] {
  const out: MeasurementMention[] = [];
  for (const m of text.matchAll(BP)) {
    const unit = m[3] ? { unit: m[3], ucum: 'mm[Hg]' } : { unit: 'mm[Hg]', ucum: 'mm[Hg]' };
    out.push({
      term: 'blood-pressure',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      values: [
        { value: Number(m[1]), ...unit },
        { value: Number(m[2]), ...unit },
      ],
    });
  }
  for (const m of text.matchAll(SINGLE)) {
    if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
    const name = (m[1] ?? '').toLowerCase();
    const term = byName.get(name);
    if (!term) continue;
    if (/^\d/u.test(m[0].slice(m[1]!.length)) && !gluedNameAllowed(name, m[2]!)) continue;
    const stated = m[3]?.replace(TRAILING_PUNCTUATION, '');
    // A unit word that is really the next word of the sentence ("HR 88 and ...") is not a unit.
    const unitText =
      !stated || (ucumCodeOf(stated.replace(/\s+/gu, '')) === undefined && /^\p{L}{3,}$/u.test(stated))
        ? undefined
        : stated;
    const matched =
      unitText === undefined
        ? m[0].slice(0, m[0].lastIndexOf(m[2]!) + m[2]!.length)
        : m[0].slice(0, m[0].length - (m[3]!.length - unitText.length));
    out.push({
      term,
      start: m.index,
      end: m.index + matched.length,
      text: matched,
      values: [quantity(Number(m[2]), unitText, term)],
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
