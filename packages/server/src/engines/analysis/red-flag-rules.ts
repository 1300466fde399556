import type { MeasureKey, PatientContext } from '@meridian/fhir-adapter';
import { formatQuantity, type RedFlag, type UrgencyLevel } from '@meridian/sdk';

/** One red-flag rule: a measure, a test on its value (canonical unit), and why it matters. */
export interface RedFlagRule {
  measure: MeasureKey;
  /** The urgency when the value trips the rule, else `null`. */
  test: (value: number) => UrgencyLevel | null;
  label: string;
  why: string;
}

const below = (limit: number, urgency: UrgencyLevel) => (v: number) => (v <= limit ? urgency : null);
const above = (limit: number, urgency: UrgencyLevel) => (v: number) => (v >= limit ? urgency : null);
const either =
  (...tests: Array<(v: number) => UrgencyLevel | null>) =>
  (v: number) =>
    tests.map((t) => t(v)).find((u) => u !== null) ?? null;

/**
 * Red flags from vital signs (the NEWS2 single-parameter "red" thresholds,
 * Royal College of Physicians 2017) and laboratory values (common critical
 * limits). Values are in the adapter's canonical units.
 */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    measure: 'respiratoryRate',
    test: either(below(8, 'emergency'), above(25, 'urgent')),
    label: 'Respiratory rate',
    why: 'A respiratory rate of 8/min or less, or 25/min or more, scores 3 in NEWS2 on its own and is an early sign of deterioration.',
  },
  {
    measure: 'oxygenSaturation',
    test: below(91, 'urgent'),
    label: 'Oxygen saturation',
    why: 'SpO2 of 91% or less scores 3 in NEWS2 (scale 1) on its own: hypoxaemia needs prompt assessment.',
  },
  {
    measure: 'systolicBp',
    test: either(below(90, 'urgent'), above(220, 'urgent')),
    label: 'Systolic blood pressure',
    why: 'A systolic pressure of 90 mmHg or less (possible shock) or 220 mmHg or more scores 3 in NEWS2 on its own.',
  },
  {
    measure: 'heartRate',
    test: either(below(40, 'urgent'), above(131, 'urgent')),
    label: 'Heart rate',
    why: 'A heart rate of 40/min or less, or 131/min or more, scores 3 in NEWS2 on its own.',
  },
  {
    measure: 'temperature',
    test: below(35, 'urgent'),
    label: 'Temperature',
    why: 'A temperature of 35.0 °C or less scores 3 in NEWS2 on its own.',
  },
  {
    measure: 'lactate',
    test: either(above(4, 'emergency'), above(2, 'urgent')),
    label: 'Lactate',
    why: 'A raised lactate suggests tissue hypoperfusion; 4 mmol/L or more is a marker of septic shock risk.',
  },
  {
    measure: 'potassium',
    test: either(above(6.5, 'emergency'), above(6, 'urgent'), below(2.5, 'urgent')),
    label: 'Potassium',
    why: 'Severe hyper- or hypokalaemia can cause life-threatening arrhythmias.',
  },
  {
    measure: 'sodium',
    test: either(below(120, 'urgent'), above(160, 'urgent')),
    label: 'Sodium',
    why: 'Severe hypo- or hypernatraemia can cause seizures and altered consciousness.',
  },
  {
    measure: 'glucose',
    test: either(below(3, 'emergency'), above(30, 'urgent')),
    label: 'Glucose',
    why: 'Hypoglycaemia below 3 mmol/L is an emergency; very high glucose suggests a hyperglycaemic crisis.',
  },
  {
    measure: 'platelets',
    test: below(20, 'urgent'),
    label: 'Platelet count',
    why: 'A platelet count below 20 ×10^9/L carries a high risk of spontaneous bleeding.',
  },
  {
    measure: 'hemoglobin',
    test: below(7, 'urgent'),
    label: 'Hemoglobin',
    why: 'A hemoglobin below 7 g/dL is severe anaemia.',
  },
  { measure: 'inr', test: above(5, 'urgent'), label: 'INR', why: 'An INR above 5 carries a high risk of bleeding.' },
];

/**
 * The red flags a patient's current (non-stale) values trip, each citing the
 * Observation it came from.
 *
 * @example
 * ```ts
 * redFlagsFromValues(context).map((f) => f.finding); // ['Respiratory rate 26 /min', ...]
 * ```
 */
export function redFlagsFromValues(context: PatientContext): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const rule of RED_FLAG_RULES) {
    const m = context.measurements[rule.measure];
    if (!m || m.stale) continue;
    const urgency = rule.test(m.value);
    if (urgency)
      flags.push({
        finding: `${rule.label} ${formatQuantity(m.value, m.unit)}`,
        why: rule.why,
        urgency,
        citations: [{ kind: 'patient-fact', reference: m.source }],
      });
  }
  return flags;
}
