/**
 * A fast-check generator of dose phrasings and dose-changing instructions,
 * as a model or a note might write them: full orders, ward shorthand,
 * written-out numbers, instructions, with case, look-alike letters,
 * invisible characters and odd spaces thrown in.
 *
 * @module
 */
import fc from 'fast-check';

const DRUGS = [
  'amoxicillin', 'amox', 'co-amoxiclav', 'augmentin', 'ceftriaxone', 'pip-taz', 'tazocin', 'vancomycin', 'vanc',
  'gentamicin', 'gent', 'meropenem', 'noradrenaline', 'norad', 'norepinephrine', 'heparin', 'enoxaparin', 'warfarin',
  'apixaban', 'furosemide', 'frusemide', 'insulin', 'paracetamol', 'morphine', 'metformin', 'bisoprolol', 'digoxin',
  'prednisolone', 'dexamethasone', 'amiodarone', 'salbutamol', 'lorazepam', 'ramipril', 'atorvastatin', 'clopidogrel',
  'amoxycillin', 'vancomicin', 'paracetamoll',
] as const; // prettier-ignore
const UNITS = [
  'mg',
  'mcg',
  'g',
  'units',
  'mL',
  'micrograms',
  'milligrams',
  'mg/kg',
  'mcg/kg/min',
  'units/h',
  'tablets',
];
const FREQUENCIES = [
  'BD',
  'TDS',
  'QDS',
  'OD',
  'q8h',
  'q6h',
  'q8',
  'twice daily',
  'every 8 hours',
  'nocte',
  'PRN',
  'stat',
];
const ROUTES = ['PO', 'IV', 'IM', 'SC', 'orally', 'intravenously'];
const VERBS = [
  'start', 'stop', 'omit', 'hold', 'halve', 'double', 'increase', 'reduce', 'switch', 'withhold', 'give', 'titrate',
  'wean', 'restart', 'discontinue',
] as const; // prettier-ignore
const WRITTEN = ['five hundred milligrams', 'one gram', 'two point five milligrams', 'ten units', 'forty milligrams'];

const amount = fc.oneof(
  fc.integer({ min: 1, max: 2000 }).map(String),
  fc.integer({ min: 1, max: 99 }).map((n) => (n / 100).toFixed(2)),
);

/** The dosing shapes, plain. */
const plainDose = fc.oneof(
  fc
    .record({
      drug: fc.constantFrom(...DRUGS),
      amount,
      unit: fc.constantFrom(...UNITS),
      route: fc.option(fc.constantFrom(...ROUTES)),
      frequency: fc.option(fc.constantFrom(...FREQUENCIES)),
      glued: fc.boolean(),
    })
    .map((d) => [d.drug, `${d.amount}${d.glued ? '' : ' '}${d.unit}`, d.route, d.frequency].filter(Boolean).join(' ')),
  fc
    .record({ drug: fc.constantFrom(...DRUGS), amount, frequency: fc.constantFrom(...FREQUENCIES) })
    .map((d) => `${d.drug} ${d.amount} ${d.frequency}`),
  fc.record({ drug: fc.constantFrom(...DRUGS), amount }).map((d) => `${d.drug} ${d.amount}`),
  fc.record({ drug: fc.constantFrom(...DRUGS), amount }).map((d) => `start ${d.drug} at ${d.amount}`),
  fc.record({ drug: fc.constantFrom(...DRUGS), amount }).map((d) => `${d.drug} ${d.amount} per kg`),
  fc
    .record({ verb: fc.constantFrom(...VERBS), drug: fc.constantFrom(...DRUGS), the: fc.boolean() })
    .map((d) => `${d.verb} ${d.the ? 'the ' : ''}${d.drug}`),
  fc.constantFrom(...DRUGS).map((drug) => `omit tonight's ${drug}`),
  fc.constantFrom(...DRUGS).map((drug) => `cut the ${drug} in half`),
  fc
    .record({ written: fc.constantFrom(...WRITTEN), drug: fc.constantFrom(...DRUGS) })
    .map((d) => `${d.written} of ${d.drug}`),
);

const CYRILLIC: Record<string, string> = { a: '\u0430', o: '\u043e', e: '\u0435', c: '\u0441', p: '\u0440' };

/** Disguises: case, one look-alike letter, an invisible character, an odd space. */
function disguise(
  text: string,
  how: { upper: boolean; lookAlike: boolean; invisible: boolean; thin: boolean },
): string {
  let t = how.upper ? text.toUpperCase() : text;
  if (how.lookAlike) t = t.replace(/[aoecp]/u, (c) => CYRILLIC[c] ?? c);
  if (how.invisible) t = t.replace(/(\p{L})(\p{L})/u, '$1\u200b$2');
  if (how.thin) t = t.replace(/(\d) (?=\p{L})/u, '$1\u2009');
  return t;
}

/**
 * A dose phrasing or a dose-changing instruction, possibly disguised.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(doseArbitrary, (dose) => findDosing(dose) !== null));
 * ```
 */
export const doseArbitrary = fc
  .record({
    text: plainDose,
    how: fc.record({ upper: fc.boolean(), lookAlike: fc.boolean(), invisible: fc.boolean(), thin: fc.boolean() }),
  })
  .map(({ text, how }) => disguise(text, how));
