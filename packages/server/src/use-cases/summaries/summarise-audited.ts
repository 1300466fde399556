/**
 * `POST /patients/{id}/summary` without HTTP: the summary of a stored
 * patient, its access audited with every resource it cites.
 *
 * @module
 */
import type { PatientSummary, SummaryRequest } from '@meridian/sdk';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { summarisePatient } from './summarise-patient.js';

/**
 * Summarises `Patient/{id}` (a 404 when it is not stored), audited as
 * `patient-summary` with the patient and the resources its sentences and
 * narrative cite; a refusal is audited too. `fhirBase` is the base of the
 * Bundle's `fullUrl`s.
 *
 * @example
 * ```ts
 * const summary = await summariseAudited(services, actor, 'demo-ada', {}, 'https://meridian.example.org/fhir');
 * ```
 */
export async function summariseAudited(
  services: Services,
  actor: Actor,
  patientId: string,
  request: SummaryRequest,
  fhirBase: string,
): Promise<PatientSummary> {
  const patient = `Patient/${patientId}`;
  // Summarise before the audit transaction: the model call must not hold it open (PGlite has one connection).
  let summary: PatientSummary | undefined;
  let failure: unknown;
  try {
    summary = await summarisePatient(services, services.db, { tenantId: actor.tenantId, patient, fhirBase }, request);
  } catch (error) {
    failure = error;
  }
  return services.audit.record(
    actor,
    async () => {
      if (!summary) throw failure;
      return summary;
    },
    (s) => ({
      action: 'E',
      interaction: 'operation',
      operation: 'patient-summary',
      patients: [patient],
      resources: s
        ? [...new Set([...s.sentences, ...s.narrative].flatMap((x) => x.sources))].filter((r) => r !== patient)
        : [],
    }),
  );
}
