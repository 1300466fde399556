/**
 * fast-check arbitraries of patient contexts and clinician answers, for the invariant tests.
 *
 * @module
 */
import type { ConditionEntry, MeasureKey, MedicationEntry, PatientContext } from '@meridian/fhir-adapter';
import fc from 'fast-check';
import { CDC_RACE, ICD10_CM, RXNORM, SNOMED } from '../codes/code-systems.js';
import type { AnswerValue, InputDefinition } from '../types.js';
import { makeContext, measurement } from './context-factory.js';

/** Plausible ranges of each numeric input (also used to generate answers). */
export const NUMERIC_RANGES: Record<string, [number, number, 0 | 1]> = {
  respiratoryRate: [4, 50, 0],
  oxygenSaturation: [70, 100, 0],
  systolicBp: [60, 240, 0],
  diastolicBp: [30, 130, 0],
  heartRate: [30, 180, 0],
  temperature: [33, 42, 1],
  urea: [1, 30, 1],
  ureaNitrogen: [3, 80, 0],
  creatinine: [40, 600, 0],
  totalCholesterol: [100, 350, 0],
  hdlCholesterol: [15, 110, 0],
  inhaledOxygenFlow: [0, 15, 0],
  age: [18, 100, 0],
};

const CONDITIONS: ConditionEntry[] = [
  ['I48.91', 'af'],
  ['I50.9', 'hf'],
  ['I10', 'htn'],
  ['E11.9', 'dm'],
  ['I63.9', 'stroke'],
  ['G45.9', 'tia'],
  ['I25.2', 'old-mi'],
  ['Z99.2', 'dialysis'],
  ['K74.60', 'cirrhosis'],
  ['K92.2', 'gi-bleed'],
  ['F10.20', 'alcohol'],
  ['C34.90', 'cancer'],
  ['R04.2', 'haemoptysis'],
  ['Z86.711', 'prior-pe'],
  ['J96.12', 'hypercapnic'],
].map(([code, id]) => ({ codes: [{ system: ICD10_CM, code }], source: `Condition/${id}` }));

const MEDICATIONS: MedicationEntry[] = [
  ['855332', 'warfarin sodium 5 MG Oral Tablet'],
  ['243670', 'aspirin 81 MG Oral Tablet'],
  ['314076', 'lisinopril 10 MG Oral Tablet'],
].map(([code, display], i) => ({ codes: [{ system: RXNORM, code, display }], source: `MedicationRequest/m${i}` }));

const LOC = ['248234008', '130987000', '300202002', '450847001', '422768004', '000000'].map((code) => [
  { system: SNOMED, code },
]);
const SMOKING = ['449868002', '8517006', '266919005', '77176002'].map((code) => [{ system: SNOMED, code }]);

const measureArb = (key: string) => {
  const [min, max, decimals] = NUMERIC_RANGES[key]!;
  const value =
    decimals === 1 ? fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10) : fc.integer({ min, max });
  return fc.option(fc.record({ value, stale: fc.boolean() }), { nil: undefined });
};

const MEASURES = [
  'respiratoryRate',
  'oxygenSaturation',
  'systolicBp',
  'diastolicBp',
  'heartRate',
  'temperature',
  'urea',
  'ureaNitrogen',
  'creatinine',
  'totalCholesterol',
  'hdlCholesterol',
  'inhaledOxygenFlow',
] as const satisfies readonly MeasureKey[];

/** A random patient context, any value possibly absent or stale. */
export const patientContextArb: fc.Arbitrary<PatientContext> = fc
  .record({
    measures: fc.record(
      Object.fromEntries(MEASURES.map((k) => [k, measureArb(k)])) as Record<
        (typeof MEASURES)[number],
        ReturnType<typeof measureArb>
      >,
    ),
    age: fc.option(fc.integer({ min: 18, max: 100 }), { nil: undefined }),
    sex: fc.option(fc.constantFrom('male', 'female', 'unknown') as fc.Arbitrary<'male' | 'female' | 'unknown'>, {
      nil: undefined,
    }),
    race: fc.option(fc.constantFrom('2106-3', '2054-5', '2028-9'), { nil: undefined }),
    loc: fc.option(fc.constantFrom(...LOC), { nil: undefined }),
    oxygen: fc.option(fc.boolean(), { nil: undefined }),
    smoking: fc.option(fc.constantFrom(...SMOKING), { nil: undefined }),
    conditions: fc.subarray(CONDITIONS),
    medications: fc.subarray(MEDICATIONS),
  })
  .map((g) => {
    const measurements: Partial<Record<MeasureKey, ReturnType<typeof measurement>>> = {};
    for (const key of MEASURES) {
      const m = g.measures[key];
      if (m) measurements[key] = measurement(key, m.value, { stale: m.stale });
    }
    return makeContext({
      ...(g.age !== undefined ? { ageYears: g.age } : {}),
      ...(g.sex !== undefined ? { sex: g.sex } : {}),
      ...(g.race !== undefined ? { raceCodes: [{ system: CDC_RACE, code: g.race }] } : {}),
      measurements,
      findings: {
        ...(g.loc ? { levelOfConsciousness: g.loc } : {}),
        ...(g.oxygen !== undefined ? { supplementalOxygen: g.oxygen } : {}),
        ...(g.smoking ? { smokingStatus: g.smoking } : {}),
      },
      conditions: g.conditions,
      medications: g.medications,
    });
  });

/** A random valid answer for an input. */
export function answerArb(def: InputDefinition): fc.Arbitrary<AnswerValue> {
  const spec = def.answer;
  if (spec.type === 'boolean') return fc.boolean();
  if (spec.type === 'choice') return fc.constantFrom(...spec.options);
  const [min, max] = NUMERIC_RANGES[def.name] ?? [0, 100];
  return fc.integer({ min, max });
}
