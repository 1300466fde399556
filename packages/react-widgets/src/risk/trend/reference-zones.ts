/**
 * The published thresholds drawn on the trend charts, keyed by the input name
 * the calculators share (`respiratoryRate` means the same in every score).
 * Values are in the UCUM unit the calculators read; a chart draws them only
 * over a series recorded in that unit.
 *
 * NEWS2 zones follow the RCP 2017 chart (values rounded to the chart's
 * precision, so a zone boundary sits half a step between two charted
 * values); single lines are the cut-offs of qSOFA (Seymour 2016), CURB-65
 * (Lim 2003), HAS-BLED (Pisters 2010) and Wells PE (Wells 2000). `reference-zones.test.ts` checks every
 * NEWS2 zone against the server's own calculator, value by value.
 *
 * @module
 */
import type { CalculatorId } from '@meridian/sdk';

/** One band of the NEWS2 chart for a parameter: values in `[from, to)` score `points`. */
export interface ScoringZone {
  /** Lower bound (inclusive); `null` for no lower bound. */
  from: number | null;
  /** Upper bound (exclusive); `null` for no upper bound. */
  to: number | null;
  /** NEWS2 points for a value in this zone (0–3). */
  points: 0 | 1 | 2 | 3;
  /** The zone as the chart prints it, e.g. `21–24`. */
  label: string;
}

/** A single published cut-off, drawn as a line. */
export interface ThresholdLine {
  value: number;
  /** The score whose criterion this is. */
  calculatorId: CalculatorId;
  /** The criterion in words, e.g. `qSOFA: ≥ 22/min`. */
  label: string;
}

/** What a chart of one input draws behind its values. */
export interface ReferenceZones {
  /** UCUM unit of every bound. */
  unit: string;
  /** NEWS2 scoring zones, when NEWS2 scores this input. */
  news2?: readonly ScoringZone[];
  /** Cut-offs of other scores. */
  lines: readonly ThresholdLine[];
}

const zone = (from: number | null, to: number | null, points: ScoringZone['points'], label: string): ScoringZone => ({
  from,
  to,
  points,
  label,
});

/**
 * Thresholds per input name.
 *
 * @example
 * ```ts
 * REFERENCE_ZONES.respiratoryRate.news2?.find((z) => z.points === 0)?.label; // '12–20'
 * ```
 */
export const REFERENCE_ZONES: Readonly<Record<string, ReferenceZones>> = {
  respiratoryRate: {
    unit: '/min',
    news2: [
      zone(null, 8.5, 3, '≤ 8'),
      zone(8.5, 11.5, 1, '9–11'),
      zone(11.5, 20.5, 0, '12–20'),
      zone(20.5, 24.5, 2, '21–24'),
      zone(24.5, null, 3, '≥ 25'),
    ],
    lines: [
      { value: 22, calculatorId: 'qsofa', label: 'qSOFA: ≥ 22/min' },
      { value: 30, calculatorId: 'curb-65', label: 'CURB-65: ≥ 30/min' },
    ],
  },
  oxygenSaturation: {
    unit: '%',
    news2: [
      zone(null, 91.5, 3, '≤ 91'),
      zone(91.5, 93.5, 2, '92–93'),
      zone(93.5, 95.5, 1, '94–95'),
      zone(95.5, null, 0, '≥ 96'),
    ],
    lines: [],
  },
  systolicBp: {
    unit: 'mm[Hg]',
    news2: [
      zone(null, 90.5, 3, '≤ 90'),
      zone(90.5, 100.5, 2, '91–100'),
      zone(100.5, 110.5, 1, '101–110'),
      zone(110.5, 219.5, 0, '111–219'),
      zone(219.5, null, 3, '≥ 220'),
    ],
    lines: [
      { value: 100, calculatorId: 'qsofa', label: 'qSOFA: ≤ 100 mmHg' },
      { value: 90, calculatorId: 'curb-65', label: 'CURB-65: < 90 mmHg' },
      { value: 160, calculatorId: 'has-bled', label: 'HAS-BLED: > 160 mmHg' },
    ],
  },
  diastolicBp: { unit: 'mm[Hg]', lines: [{ value: 60, calculatorId: 'curb-65', label: 'CURB-65: ≤ 60 mmHg' }] },
  heartRate: {
    unit: '/min',
    news2: [
      zone(null, 40.5, 3, '≤ 40'),
      zone(40.5, 50.5, 1, '41–50'),
      zone(50.5, 90.5, 0, '51–90'),
      zone(90.5, 110.5, 1, '91–110'),
      zone(110.5, 130.5, 2, '111–130'),
      zone(130.5, null, 3, '≥ 131'),
    ],
    lines: [{ value: 100, calculatorId: 'wells-pe', label: 'Wells PE: > 100/min' }],
  },
  temperature: {
    unit: 'Cel',
    news2: [
      zone(null, 35.05, 3, '≤ 35.0'),
      zone(35.05, 36.05, 1, '35.1–36.0'),
      zone(36.05, 38.05, 0, '36.1–38.0'),
      zone(38.05, 39.05, 1, '38.1–39.0'),
      zone(39.05, null, 2, '≥ 39.1'),
    ],
    lines: [],
  },
  urea: { unit: 'mmol/L', lines: [{ value: 7, calculatorId: 'curb-65', label: 'CURB-65: > 7 mmol/L' }] },
};

/**
 * The NEWS2 zone a value falls in, if the input has NEWS2 zones.
 *
 * @example
 * ```ts
 * news2ZoneOf(REFERENCE_ZONES.heartRate, 118)?.points; // 2
 * ```
 */
export function news2ZoneOf(zones: ReferenceZones | undefined, value: number): ScoringZone | undefined {
  return zones?.news2?.find((z) => (z.from === null || value >= z.from) && (z.to === null || value < z.to));
}
