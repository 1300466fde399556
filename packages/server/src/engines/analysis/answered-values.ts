/**
 * Vital signs a clinician answered (in a risk or case-analysis request) hold
 * the hard red flags as recorded ones do: an answered respiratory rate of 35
 * or "new confusion" is an emergency whatever the record says. The answers
 * are read from the calculators' input reports (where they already took
 * precedence over the record) and laid over the context's values.
 *
 * @module
 */
import { MEASURES, type MeasureKey, type PatientContext } from '@meridian/fhir-adapter';
import type { RiskResult } from '../risk/index.js';
import { ACVPU_LEVELS } from '../risk/codes/finding-codes.js';

const VITALS: Readonly<Record<string, MeasureKey>> = {
  respiratoryRate: 'respiratoryRate',
  heartRate: 'heartRate',
  systolicBp: 'systolicBp',
  diastolicBp: 'diastolicBp',
  oxygenSaturation: 'oxygenSaturation',
  temperature: 'temperature',
};

/**
 * The context with the answered vital signs and level of consciousness in
 * place of the recorded ones, each cited to the patient (an answer is not a
 * resource). An answered `alteredMentation: true` counts as new confusion
 * (also against an answered or recorded "Alert": the safer reading).
 *
 * @example
 * ```ts
 * withAnsweredValues(context, runCalculators(context, { answers: { respiratoryRate: 35 } })).measurements.respiratoryRate?.value; // 35
 * ```
 */
export function withAnsweredValues(context: PatientContext, risk: readonly RiskResult[]): PatientContext {
  const measurements = { ...context.measurements };
  const findings = { ...context.findings };
  const source = context.patient.reference;
  const at = context.referenceTime;
  let changed = false;
  let level: string | undefined;
  let altered = false;
  for (const result of risk) {
    for (const input of result.inputs) {
      if (input.status !== 'used' || input.provenance?.kind !== 'clinician-answer') continue;
      const measure = VITALS[input.name];
      if (measure && typeof input.value === 'number') {
        const unit = MEASURES[measure].unit;
        measurements[measure] = {
          concept: measure,
          value: input.value,
          unit,
          effective: at,
          source,
          matchedCode: { system: 'https://meridian.dev/clinician-answer', code: input.name },
          original: { value: input.value, unit },
          stale: false,
        };
        changed = true;
      }
      if (input.name === 'consciousness' && typeof input.value === 'string') level = input.value;
      if (input.name === 'alteredMentation' && input.value === true) altered = true;
    }
  }
  // Answers that disagree (Alert, yet altered mentation) are read the safer way.
  if (altered && (level === undefined || level === 'A')) level = 'C';
  const codes = ACVPU_LEVELS.find((l) => l.level === level)?.codeSet.codes;
  if (codes) {
    findings.levelOfConsciousness = {
      concept: 'levelOfConsciousness',
      value: codes.map((c) => ({ system: c.system, code: c.code, display: c.display })),
      effective: at,
      source,
      stale: false,
    };
    changed = true;
  }
  return changed ? { ...context, measurements, findings } : context;
}
