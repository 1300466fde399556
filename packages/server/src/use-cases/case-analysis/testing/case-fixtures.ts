import { LIKELIHOOD_RANGES } from '@meridian/sdk';
import type { CaseAnalysisDraft } from '../../../engines/analysis/analysis-draft.js';

const vital = (patient: string, id: string, code: string, value: number, unit: string, at: string) => ({
  resource: {
    resourceType: 'Observation',
    id: `${patient}-${id}`,
    status: 'final',
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: at,
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  },
  request: { method: 'PUT', url: `Observation/${patient}-${id}` },
});

/**
 * A transaction Bundle of an acutely unwell patient (septic picture: NEWS2 ≥ 7,
 * qSOFA 2, lactate 4.5), observations 30 minutes before `at`.
 *
 * @example
 * ```ts
 * await request(app).post('/fhir').send(acutePatientBundle('sep-1', '2026-06-01T12:00:00Z'));
 * ```
 */
export function acutePatientBundle(patient: string, at: string) {
  const when = new Date(Date.parse(at) - 30 * 60_000).toISOString();
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        resource: { resourceType: 'Patient', id: patient, gender: 'male', birthDate: '1950-03-01' },
        request: { method: 'PUT', url: `Patient/${patient}` },
      },
      vital(patient, 'rr', '9279-1', 26, '/min', when),
      vital(patient, 'spo2', '59408-5', 90, '%', when),
      vital(patient, 'sbp', '8480-6', 88, 'mm[Hg]', when),
      vital(patient, 'hr', '8867-4', 125, '/min', when),
      vital(patient, 't', '8310-5', 38.9, 'Cel', when),
      vital(patient, 'lac', '2524-7', 4.5, 'mmol/L', when),
    ],
  };
}

/**
 * A valid model draft for the {@link acutePatientBundle} patient, citing its
 * observations (and optionally a guideline chunk).
 *
 * @example
 * ```ts
 * const model = await startFakeModelServer(() => ({ content: citedDraft('sep-1') }));
 * ```
 */
export function citedDraft(patient: string, chunkId?: string): CaseAnalysisDraft {
  const fact = (id: string) => ({ kind: 'patient-fact' as const, reference: `Observation/${patient}-${id}` });
  return {
    caseSummary: 'Older man with fever, tachycardia, tachypnoea, hypotension and a raised lactate.',
    differentials: [
      {
        condition: 'Sepsis',
        code: { system: 'http://snomed.info/sct', code: '91302008', display: 'Sepsis' },
        likelihood: { band: 'high', probabilityRange: { ...LIKELIHOOD_RANGES.high } },
        findingsFor: ['Temperature 38.9 °C', 'Lactate 4.5 mmol/L'],
        findingsAgainst: [],
        citations: [fact('t'), fact('lac'), ...(chunkId ? [{ kind: 'guideline' as const, chunkId }] : [])],
      },
    ],
    redFlags: [
      {
        finding: 'Systolic blood pressure 88 mmHg',
        why: 'Hypotension with a raised lactate suggests hypoperfusion.',
        urgency: 'emergency',
        citations: [fact('sbp')],
      },
    ],
    escalation: { level: 'emergency', advice: 'Emergency review by the critical care team is advised now.' },
  };
}
