/**
 * The common core of every `PatientContext` builder: raw entries in,
 * normalised context out. Pure and synchronous; never throws on bad data.
 *
 * @module
 */
import { readAllergy } from './allergies.js';
import { readCondition } from './conditions.js';
import { readDemographics } from './demographics.js';
import { IssueLog } from './issues.js';
import { LatestValues } from './latest-values.js';
import { readMedication } from './medications.js';
import { readObservation } from './observations.js';
import { resolveOptions, type PatientContextOptions } from './options.js';
import { patientReferenceOf, selectPatient } from './patient-identity.js';
import { collectResources, type RawEntry } from './resource-set.js';
import type { PatientContext } from './types.js';

const PATIENT_BOUND_TYPES = new Set([
  'Observation',
  'Condition',
  'MedicationRequest',
  'MedicationStatement',
  'AllergyIntolerance',
]);

export function assemblePatientContext(
  entries: readonly RawEntry[],
  options?: PatientContextOptions,
  log = new IssueLog(),
): PatientContext {
  const resolved = resolveOptions(options);
  const set = collectResources(entries, log);
  const identity = selectPatient(set, resolved, log);
  const latest = new LatestValues(resolved.keepHistory);
  const context: PatientContext = {
    patient: readDemographics(identity.id, identity.reference, identity.resource, resolved.referenceMs, log),
    referenceTime: resolved.referenceIso,
    measurements: {},
    findings: {},
    conditions: [],
    medications: [],
    allergies: [],
    issues: log.issues,
  };
  for (const entry of set.resources) {
    if (!PATIENT_BOUND_TYPES.has(entry.resourceType)) continue;
    if (!identity.matches(patientReferenceOf(entry.resource))) {
      log.add('warning', 'other-patient', entry.label, `${entry.resourceType} belongs to another patient; ignored.`);
      continue;
    }
    switch (entry.resourceType) {
      case 'Observation':
        readObservation(entry, resolved, latest, log);
        break;
      case 'Condition': {
        const condition = readCondition(entry, resolved.referenceMs, log);
        if (condition !== undefined) context.conditions.push(condition);
        break;
      }
      case 'AllergyIntolerance': {
        const allergy = readAllergy(entry, log);
        if (allergy !== undefined) context.allergies.push(allergy);
        break;
      }
      default: {
        const medication = readMedication(entry, set.resolve, log);
        if (medication !== undefined) context.medications.push(medication);
      }
    }
  }
  const { measurements, findings } = latest.finish(resolved, log);
  context.measurements = measurements;
  context.findings = findings;
  if (resolved.keepHistory) context.history = latest.allMeasurements(resolved);
  return context;
}
