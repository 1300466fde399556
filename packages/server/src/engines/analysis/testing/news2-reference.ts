/**
 * An independent, deliberately small reference for the clinical floor's
 * tests: NEWS2 (RCP 2017, Chart 1 and Chart 4) and qSOFA (Sepsis-3, Singer
 * 2016) written from the published tables, sharing no code with the
 * production calculators, plus the hard physiological limits of issue #17.
 * Test-only.
 *
 * @module
 */
import fc from 'fast-check';

type Level = 'routine' | 'urgent' | 'emergency';
const RANK: Record<Level, number> = { routine: 0, urgent: 1, emergency: 2 };

/** One random set of bedside observations; a missing one is `undefined`. */
export interface Vitals {
  rr?: number | undefined;
  spo2?: number | undefined;
  sbp?: number | undefined;
  hr?: number | undefined;
  /** °C, one decimal. */
  temp?: number | undefined;
  /** ACVPU letter. */
  acvpu?: 'A' | 'C' | 'V' | 'P' | 'U' | undefined;
  onOxygen?: boolean | undefined;
}

// Each row: [highest value in the bin, points]; bins in ascending order (RCP 2017, Chart 1).
const RR: Array<[number, number]> = [
  [8, 3],
  [11, 1],
  [20, 0],
  [24, 2],
  [Infinity, 3],
];
const SPO2_SCALE1: Array<[number, number]> = [
  [91, 3],
  [93, 2],
  [95, 1],
  [Infinity, 0],
];
const SBP: Array<[number, number]> = [
  [90, 3],
  [100, 2],
  [110, 1],
  [219, 0],
  [Infinity, 3],
];
const PULSE: Array<[number, number]> = [
  [40, 3],
  [50, 1],
  [90, 0],
  [110, 1],
  [130, 2],
  [Infinity, 3],
];
const TEMP: Array<[number, number]> = [
  [35.0, 3],
  [36.0, 1],
  [38.0, 0],
  [39.0, 1],
  [Infinity, 2],
];
const bin = (table: Array<[number, number]>, v: number) => table.find(([upTo]) => v <= upTo + 1e-9)![1];

/** The NEWS2 points of the parameters that are known (a missing parameter's least is 0). */
export function news2KnownPoints(v: Vitals): number[] {
  const points: number[] = [];
  if (v.rr !== undefined) points.push(bin(RR, v.rr));
  if (v.spo2 !== undefined) points.push(bin(SPO2_SCALE1, v.spo2));
  if (v.onOxygen !== undefined) points.push(v.onOxygen ? 2 : 0);
  if (v.sbp !== undefined) points.push(bin(SBP, v.sbp));
  if (v.hr !== undefined) points.push(bin(PULSE, v.hr));
  if (v.acvpu !== undefined) points.push(v.acvpu === 'A' ? 0 : 3);
  if (v.temp !== undefined) points.push(bin(TEMP, v.temp));
  return points;
}

/** The lowest qSOFA any value of the missing criteria allows. */
export function qsofaCertain(v: Vitals): number {
  return (
    (v.rr !== undefined && v.rr >= 22 ? 1 : 0) +
    (v.sbp !== undefined && v.sbp <= 100 ? 1 : 0) +
    (v.acvpu !== undefined && v.acvpu !== 'A' ? 1 : 0)
  );
}

/** NEWS2's certain level (RCP Chart 4): ≥ 7 emergency; 5–6 or a single 3 urgent. */
export function news2CertainLevel(v: Vitals): Level {
  const points = news2KnownPoints(v);
  const total = points.reduce((a, b) => a + b, 0);
  if (total >= 7) return 'emergency';
  if (total >= 5 || points.includes(3)) return 'urgent';
  return 'routine';
}

/** True when a hard physiological limit is crossed (an emergency on its own). */
export function hardLimitCrossed(v: Vitals): boolean {
  return (
    (v.sbp !== undefined && v.sbp < 90) ||
    (v.spo2 !== undefined && v.spo2 < 88) ||
    (v.rr !== undefined && (v.rr >= 30 || v.rr <= 8)) ||
    (v.hr !== undefined && v.hr >= 130) ||
    (v.acvpu !== undefined && v.acvpu !== 'A')
  );
}

/** The level the floor must reach: the most urgent of NEWS2's and qSOFA's certain bands and the hard limits. */
export function referenceFloor(v: Vitals): Level {
  const levels: Level[] = [news2CertainLevel(v), qsofaCertain(v) >= 2 ? 'urgent' : 'routine'];
  if (hardLimitCrossed(v)) levels.push('emergency');
  return levels.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'routine');
}

/** The rank of a level, for comparisons. */
export const rankOf = (level: Level) => RANK[level];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });

/** Random observations across and beyond the charts' ranges, some missing. */
export const vitalsArbitrary: fc.Arbitrary<Vitals> = fc.record({
  rr: maybe(fc.integer({ min: 4, max: 45 })),
  spo2: maybe(fc.integer({ min: 75, max: 100 })),
  sbp: maybe(fc.integer({ min: 60, max: 240 })),
  hr: maybe(fc.integer({ min: 30, max: 180 })),
  temp: maybe(fc.integer({ min: 340, max: 410 }).map((t) => t / 10)),
  acvpu: maybe(fc.constantFrom('A' as const, 'C' as const, 'V' as const, 'P' as const, 'U' as const)),
  onOxygen: maybe(fc.boolean()),
});

/** Observations each scoring 0 in NEWS2 (some missing): normal vital signs. */
export const normalVitalsArbitrary: fc.Arbitrary<Vitals> = fc.record({
  rr: maybe(fc.integer({ min: 12, max: 20 })),
  spo2: maybe(fc.integer({ min: 96, max: 100 })),
  sbp: maybe(fc.integer({ min: 111, max: 219 })),
  hr: maybe(fc.integer({ min: 51, max: 90 })),
  temp: maybe(fc.integer({ min: 361, max: 380 }).map((t) => t / 10)),
  acvpu: maybe(fc.constant('A' as const)),
  onOxygen: maybe(fc.constant(false)),
});

const LOINC: Record<'rr' | 'spo2' | 'sbp' | 'hr' | 'temp', [string, string]> = {
  rr: ['9279-1', '/min'],
  spo2: ['59408-5', '%'],
  sbp: ['8480-6', 'mm[Hg]'],
  hr: ['8867-4', '/min'],
  temp: ['8310-5', 'Cel'],
};

/**
 * A collection Bundle of a 76-year-old patient with these observations taken
 * 20 minutes before `at`, and the clinician answers for the rest
 * (consciousness, oxygen), as a request would carry them.
 */
export function vitalsBundle(patient: string, v: Vitals, at: string) {
  const when = new Date(Date.parse(at) - 20 * 60_000).toISOString();
  const entry: Array<{ resource: { resourceType: string; id: string; [key: string]: unknown } }> = [
    { resource: { resourceType: 'Patient', id: patient, gender: 'female', birthDate: '1950-01-01' } },
  ];
  for (const key of ['rr', 'spo2', 'sbp', 'hr', 'temp'] as const) {
    const value = v[key];
    if (value === undefined) continue;
    const [code, unit] = LOINC[key];
    entry.push({
      resource: {
        resourceType: 'Observation',
        id: `${patient}-${key}`,
        status: 'final',
        subject: { reference: `Patient/${patient}` },
        effectiveDateTime: when,
        code: { coding: [{ system: 'http://loinc.org', code }] },
        valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
      },
    });
  }
  const answers: Record<string, string | boolean> = {};
  if (v.acvpu !== undefined) answers.consciousness = v.acvpu;
  if (v.onOxygen !== undefined) answers.supplementalOxygen = v.onOxygen;
  return { bundle: { resourceType: 'Bundle' as const, type: 'collection' as const, entry }, answers };
}
