/**
 * The facts a case summary names, each with the resources it rests on: the
 * abnormal current vital signs (those scoring in NEWS2), laboratory values
 * outside their adult reference intervals, and the active conditions.
 *
 * @module
 */
import type { MeasureKey, Measurement, PatientContext } from '@meridian/fhir-adapter';
import { formatQuantity, type AnalysisCitation } from '@meridian/sdk';
import { scoreNews2Pulse, scoreNews2RespiratoryRate, scoreNews2Temperature } from '../risk/news2/news2-thresholds.js';

/**
 * One finding of the summary and what it rests on.
 *
 * @example
 * ```ts
 * const f: SummaryFinding = { text: 'HR 118', citations: [{ kind: 'patient-fact', reference: 'Observation/hr' }] };
 * ```
 */
export interface SummaryFinding {
  text: string;
  citations: AnalysisCitation[];
}

/** A measurement when current (not stale). */
export const fresh = (context: PatientContext, key: MeasureKey): Measurement | undefined => {
  const m = context.measurements[key];
  return m && !m.stale ? m : undefined;
};
const cite = (...ms: Measurement[]): AnalysisCitation[] =>
  ms.map((m) => ({ kind: 'patient-fact' as const, reference: m.source }));

/**
 * Adult reference intervals (Pathology Harmony, UK, in the adapter's units)
 * for the laboratory values a summary names when outside them.
 */
const LAB_INTERVALS: ReadonlyArray<{ key: MeasureKey; name: string; low?: number; high?: number }> = [
  { key: 'lactate', name: 'lactate', high: 2 },
  { key: 'potassium', name: 'potassium', low: 3.5, high: 5.3 },
  { key: 'sodium', name: 'sodium', low: 133, high: 146 },
  { key: 'urea', name: 'urea', low: 2.5, high: 7.8 },
  { key: 'creatinine', name: 'creatinine', high: 120 },
  { key: 'glucose', name: 'glucose', low: 3.9, high: 11 },
  { key: 'whiteBloodCells', name: 'WCC', low: 4, high: 11 },
  { key: 'hemoglobin', name: 'Hb', low: 11.5 },
  { key: 'platelets', name: 'platelets', low: 150, high: 450 },
  { key: 'inr', name: 'INR', high: 1.5 },
];

/** The abnormal current vital signs, as clinicians write them (`HR 118`, `BP 98/58`). */
export function vitalFindings(context: PatientContext): SummaryFinding[] {
  const out: SummaryFinding[] = [];
  const t = fresh(context, 'temperature');
  if (t && scoreNews2Temperature(t.value) > 0)
    out.push({
      text: `${t.value > 38 ? 'fever' : 'temperature'} ${formatQuantity(t.value, 'Cel')}`,
      citations: cite(t),
    });
  const hr = fresh(context, 'heartRate');
  if (hr && scoreNews2Pulse(hr.value) > 0) out.push({ text: `HR ${hr.value}`, citations: cite(hr) });
  const rr = fresh(context, 'respiratoryRate');
  if (rr && scoreNews2RespiratoryRate(rr.value) > 0) out.push({ text: `RR ${rr.value}`, citations: cite(rr) });
  const sbp = fresh(context, 'systolicBp');
  const dbp = fresh(context, 'diastolicBp');
  if (sbp && (sbp.value <= 110 || sbp.value >= 180 || (dbp !== undefined && dbp.value <= 60)))
    out.push(
      dbp
        ? { text: `BP ${sbp.value}/${dbp.value}`, citations: cite(sbp, dbp) }
        : { text: `SBP ${sbp.value}`, citations: cite(sbp) },
    );
  const spo2 = fresh(context, 'oxygenSaturation');
  if (spo2 && spo2.value <= 95) out.push({ text: `SpO2 ${spo2.value}%`, citations: cite(spo2) });
  return out;
}

/** Laboratory values outside their adult reference intervals (`urea 9.1 mmol/L`). */
export function labFindings(context: PatientContext): SummaryFinding[] {
  return LAB_INTERVALS.flatMap(({ key, name, low, high }) => {
    const m = fresh(context, key);
    if (!m || !((low !== undefined && m.value < low) || (high !== undefined && m.value > high))) return [];
    return [{ text: `${name} ${formatQuantity(m.value, m.unit)}`, citations: cite(m) }];
  });
}

/**
 * Who the patient is, as a summary opens (`78-year-old woman`).
 *
 * @example
 * ```ts
 * who(context); // '78-year-old woman'
 * ```
 */
export function who(context: PatientContext): string {
  const { ageYears, sex } = context.patient;
  const adult = ageYears === undefined || ageYears >= 18;
  const noun = sex === 'female' ? (adult ? 'woman' : 'girl') : sex === 'male' ? (adult ? 'man' : 'boy') : 'patient';
  return ageYears === undefined
    ? `${noun[0]!.toUpperCase()}${noun.slice(1)} of unknown age`
    : `${ageYears}-year-old ${noun}`;
}

const ACTIVE = new Set(['active', 'recurrence', 'relapse']);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? `${s[0]!.toLowerCase()}${s.slice(1)}` : s);

/** The active conditions, named as recorded (`pneumonia`), each citing its Condition. */
export function knownConditions(context: PatientContext): SummaryFinding[] {
  const active = context.conditions.filter((c) => c.clinicalStatus === undefined || ACTIVE.has(c.clinicalStatus));
  const named = active
    .map((c) => ({ name: c.text ?? c.codes.find((x) => x.display)?.display, source: c.source }))
    .filter((c): c is { name: string; source: string } => Boolean(c.name));
  return named.slice(0, 4).map((c) => ({
    text: lowerFirst(c.name),
    citations: [{ kind: 'patient-fact' as const, reference: c.source }],
  }));
}
