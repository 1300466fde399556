/**
 * The case analysis's red flags from the record's values: the same flags the
 * CDS Hooks red-flag card shows (`findRedFlags`), written for a clinician and
 * citing the resource each came from.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { formatMeasured, riskValueText, type RedFlag } from '@meridian/sdk';
import { findRedFlags, type RedFlag as RecordFlag } from '../red-flags/find-red-flags.js';

const HARD =
  'Beyond a hard physiological limit: an emergency on its own, whatever the scores and whatever else is missing (limits at or beyond the NICE NG51 high-risk criteria).';

/** Why each rule's flag matters, by rule id (the hard limits share one reason). */
const WHY: Readonly<Record<string, string>> = {
  'respiratory-rate-red':
    'A respiratory rate of 8/min or less, or 25/min or more, scores 3 in NEWS2 on its own and is an early sign of deterioration.',
  'oxygen-saturation-red':
    'SpO2 of 91% or less scores 3 in NEWS2 (scale 1) on its own: hypoxaemia needs prompt assessment.',
  'systolic-bp-red':
    'A systolic pressure of 90 mmHg or less (possible shock) or 220 mmHg or more scores 3 in NEWS2 on its own.',
  'heart-rate-red': 'A heart rate of 40/min or less, or 131/min or more, scores 3 in NEWS2 on its own.',
  'temperature-red': 'A temperature of 35.0 °C or less scores 3 in NEWS2 on its own.',
  'consciousness-red':
    'New confusion, or responding only to voice or pain, or unresponsive: an emergency on its own (NICE NG51: new altered mental state), and 3 points in NEWS2.',
  'potassium-severe': 'Severe hyperkalaemia (6.5 mmol/L or more) can cause life-threatening arrhythmias: an emergency.',
  'potassium-critical': 'Critical hyper- or hypokalaemia can cause life-threatening arrhythmias.',
  'sodium-critical': 'Severe hypo- or hypernatraemia can cause seizures and altered consciousness.',
  'glucose-severe': 'Glucose below 3.0 mmol/L is clinically significant hypoglycaemia: an emergency.',
  'glucose-critical': 'A critical glucose: severe hypoglycaemia, or a possible hyperglycaemic crisis.',
  'hemoglobin-critical': 'A critically low haemoglobin is severe anaemia.',
  'platelets-critical': 'A critically low platelet count carries a high risk of spontaneous bleeding.',
  'white-cells-critical': 'A critical white cell count: severe neutropenia risk or possible haematological disease.',
  'inr-critical': 'An INR of 5 or more carries a high risk of bleeding.',
  'lactate-critical':
    'Lactate of 4 mmol/L or more marks tissue hypoperfusion and a risk of septic shock: an emergency.',
  'lactate-raised': 'A raised lactate (2 mmol/L or more) suggests tissue hypoperfusion.',
};

const relation = (f: RecordFlag) =>
  f.threshold === undefined
    ? ''
    : ` (${f.comparator === '<' ? 'below' : f.direction === 'low' ? 'at or below' : 'at or above'} ${f.threshold})`;

/**
 * One record flag as a clinician reads it: `Systolic blood pressure 85 mmHg (below 90)`.
 *
 * @example
 * ```ts
 * describeRecordFlag(flag); // 'Heart rate 135 /min (at or above 130)'
 * ```
 */
export function describeRecordFlag(f: RecordFlag): string {
  if (f.direction === 'abnormal') return `${f.label}: ${riskValueText('levelOfConsciousness', f.value).toLowerCase()}`;
  return `${f.label} ${formatMeasured(f.value, f.unit)}${relation(f)}`;
}

/**
 * The red flags of a record's current values, most urgent first, each citing
 * its Observation.
 *
 * @example
 * ```ts
 * valueRedFlags(context).map((f) => f.finding); // ['Systolic blood pressure 85 mmHg (below 90)', ...]
 * ```
 */
export function valueRedFlags(context: PatientContext): RedFlag[] {
  const flags = findRedFlags(context).map((f): RedFlag => ({
    finding: describeRecordFlag(f),
    why: f.ruleId.endsWith('-hard') ? HARD : (WHY[f.ruleId] ?? `${f.label} is at a critical limit.`),
    urgency: f.urgency,
    citations: [{ kind: 'patient-fact', reference: f.source }],
  }));
  return flags.sort((a, b) => (a.urgency === b.urgency ? 0 : a.urgency === 'emergency' ? -1 : 1));
}
