/**
 * Which patient a context is about, and whether a reference points to them.
 *
 * @module
 */
import type { IssueLog } from './issues.js';
import { readReference, type JsonObject } from './json.js';
import type { ResolvedOptions } from './options.js';
import type { CheckedResource, ResourceSet } from './resource-set.js';

/** The chosen patient and the ways a reference may name them. */
export interface PatientIdentity {
  id: string;
  reference: string;
  resource: JsonObject | undefined;
  /** True when `reference` names this patient (or is absent: a missing subject is not evidence of another patient). */
  matches(reference: string | undefined): boolean;
}

const CLINICAL_TYPES = new Set([
  'Observation',
  'Condition',
  'MedicationRequest',
  'MedicationStatement',
  'AllergyIntolerance',
]);

/** The reference a clinical resource makes to its patient (`subject`, or `patient` for AllergyIntolerance). */
export function patientReferenceOf(resource: JsonObject): string | undefined {
  return readReference(resource.subject) ?? readReference(resource.patient);
}

export function selectPatient(set: ResourceSet, options: ResolvedOptions, log: IssueLog): PatientIdentity {
  const patients = set.resources.filter((r) => r.resourceType === 'Patient');
  const wanted = options.patientId;
  // A Patient without id (e.g. a prefetch with the id left out) still gives demographics.
  const chosen =
    wanted === undefined
      ? patients[0]
      : (patients.find((p) => p.id === wanted) ?? patients.find((p) => p.id === undefined));
  for (const other of patients) {
    if (other !== chosen) {
      log.add('warning', 'multiple-patients', other.label, 'Input holds another Patient; their data is ignored.');
    }
  }
  const id = chosen?.id ?? wanted;
  if (id !== undefined) {
    if (chosen === undefined) {
      log.add(
        'information',
        'missing-patient',
        `Patient/${id}`,
        'No Patient resource for the requested patient; demographics are unknown.',
      );
    }
    return identityFor(id, chosen);
  }
  const inferred = inferFromSubjects(set.resources);
  if (inferred !== undefined) {
    log.add(
      'warning',
      'missing-patient',
      `Patient/${inferred.id}`,
      'Patient id not given; inferred from the first clinical resource.',
    );
    return identityFor(inferred.id, chosen, inferred.reference);
  }
  log.add('error', 'missing-patient', 'input', 'No patient id in input or options; the patient is unknown.');
  return { id: '', reference: '', resource: chosen?.resource, matches: () => true };
}

function identityFor(id: string, patient: CheckedResource | undefined, extraAlias?: string): PatientIdentity {
  const reference = `Patient/${id}`;
  const aliases = new Set([reference, `urn:uuid:${id}`]);
  if (patient?.fullUrl !== undefined) aliases.add(patient.fullUrl);
  if (extraAlias !== undefined) aliases.add(extraAlias);
  const suffix = `/${reference}`;
  return {
    id,
    reference,
    resource: patient?.resource,
    matches(candidate) {
      if (candidate === undefined) return true;
      const bare = stripHistory(candidate);
      return aliases.has(bare) || bare.endsWith(suffix);
    },
  };
}

function stripHistory(reference: string): string {
  const at = reference.indexOf('/_history/');
  return at === -1 ? reference : reference.slice(0, at);
}

function inferFromSubjects(resources: readonly CheckedResource[]): { id: string; reference: string } | undefined {
  for (const r of resources) {
    if (!CLINICAL_TYPES.has(r.resourceType)) continue;
    const reference = patientReferenceOf(r.resource);
    if (reference === undefined) continue;
    const bare = stripHistory(reference);
    const match = /(?:^|\/)Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(bare) ?? /^urn:uuid:([0-9a-fA-F-]{36})$/.exec(bare);
    if (match?.[1] !== undefined) return { id: match[1], reference: bare };
  }
  return undefined;
}
