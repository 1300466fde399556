/**
 * The part of a stored record that risk scoring reads: the Patient, the
 * latest Observations of each concept the adapter recognises (within its
 * staleness window; when the window holds none, the latest before it, so
 * that staleness is still reported), the conditions, medications and allergies still in effect, and
 * the Medications they name. Never the patient's RiskAssessments,
 * DetectedIssues or AuditEvents: every read is bounded by type, code and
 * time, so scoring a patient with years of history costs what scoring a new
 * one does.
 *
 * @module
 */
import { CLOCK_SKEW_TOLERANCE_MS, FINDINGS, MEASURES, type MeasureDefinition } from '@meridian/fhir-adapter';
import {
  activePatientResources,
  latestObservations,
  readPatient,
  resourcesById,
  type ActiveFilter,
} from '../../platform/fhir-store/patient-reads.js';
import type { FhirResource } from '../../platform/fhir-store/resource-fields.js';
import type { Queryable } from '../../platform/store/db.js';

const HOUR_MS = 3_600_000;

/** Every `system|code` the adapter reads a value from, with the longest staleness window (ms) of its concepts. */
export const SCORING_CODE_WINDOWS: ReadonlyMap<string, number> = (() => {
  const windows = new Map<string, number>();
  const add = (codings: readonly { system: string; code: string }[], hours: number) => {
    for (const c of codings) {
      const key = `${c.system}|${c.code}`;
      windows.set(key, Math.max(windows.get(key) ?? 0, hours * HOUR_MS));
    }
  };
  for (const m of Object.values(MEASURES) as MeasureDefinition[]) add(m.codings, m.staleAfterHours);
  for (const f of Object.values(FINDINGS)) add(f.codings, f.staleAfterHours);
  return windows;
})();

/**
 * What the adapter excludes anyway, left out in the query: the same statuses
 * as `readCondition`, `readMedication` and `readAllergy` of
 * `@meridian/fhir-adapter` (a test keeps them in step).
 */
export const SCORING_RESOURCE_FILTERS: readonly ActiveFilter[] = [
  {
    type: 'Condition',
    clinicalStatus: ['resolved', 'inactive', 'remission'],
    verificationStatus: ['entered-in-error', 'refuted'],
  },
  { type: 'MedicationRequest', status: ['stopped', 'cancelled', 'entered-in-error', 'completed'] },
  { type: 'MedicationStatement', status: ['stopped', 'entered-in-error', 'completed', 'not-taken'] },
  {
    type: 'AllergyIntolerance',
    clinicalStatus: ['inactive', 'resolved'],
    verificationStatus: ['entered-in-error', 'refuted'],
  },
];

/** Observations read per code within its window, or before it when it holds none (more than one: the latest may be unusable). */
const PER_CODE = 3;

function namedMedications(resources: readonly FhirResource[]): string[] {
  const ids = new Set<string>();
  for (const r of resources) {
    const ref = (r.medicationReference as { reference?: unknown } | undefined)?.reference;
    if (typeof ref === 'string' && ref.startsWith('Medication/')) ids.add(ref.slice('Medication/'.length));
  }
  return [...ids];
}

/**
 * The resources a PatientContext of `patientRef` at `referenceTime` is built
 * from, Patient first; `undefined` when the Patient is not stored.
 *
 * @example
 * ```ts
 * const resources = await readScoringRecord(tx, 'demo', 'Patient/demo-ada', new Date());
 * ```
 */
export async function readScoringRecord(
  q: Queryable,
  tenantId: string,
  patientRef: string,
  referenceTime: Date,
): Promise<FhirResource[] | undefined> {
  const patient = await readPatient(q, tenantId, patientRef);
  if (!patient) return undefined;
  const reference = referenceTime.getTime();
  const windows = [...SCORING_CODE_WINDOWS].map(([code, ms]) => ({ code, since: new Date(reference - ms) }));
  const until = new Date(reference + CLOCK_SKEW_TOLERANCE_MS);
  const observations = await latestObservations(q, tenantId, patientRef, windows, until, PER_CODE);
  const active = await activePatientResources(q, tenantId, patientRef, SCORING_RESOURCE_FILTERS);
  const medications = await resourcesById(q, tenantId, 'Medication', namedMedications(active));
  return [patient, ...observations, ...active, ...medications];
}
