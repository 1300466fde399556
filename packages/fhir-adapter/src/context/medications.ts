/**
 * Reads MedicationRequest and MedicationStatement into `MedicationEntry`,
 * excluding those no longer taken (stopped, cancelled, completed, ...).
 *
 * @module
 */
import type { IssueLog } from './issues.js';
import { readCodings, readConceptText, readReference, readString, isObject, type JsonObject } from './json.js';
import type { CheckedResource } from './resource-set.js';
import type { CodingRef, MedicationEntry } from './types.js';

const ENDED_REQUEST = new Set(['stopped', 'cancelled', 'entered-in-error', 'completed']);
const ENDED_STATEMENT = new Set(['stopped', 'entered-in-error', 'completed', 'not-taken']);

export function readMedication(
  entry: CheckedResource,
  resolve: (reference: string) => CheckedResource | undefined,
  log: IssueLog,
): MedicationEntry | undefined {
  const resource = entry.resource;
  const source = entry.label;
  const status = readString(resource.status);
  const ended = entry.resourceType === 'MedicationRequest' ? ENDED_REQUEST : ENDED_STATEMENT;
  if (status !== undefined && ended.has(status)) {
    log.add(
      'information',
      status === 'entered-in-error' ? 'entered-in-error' : 'inactive',
      source,
      `${entry.resourceType} is ${status}; excluded.`,
    );
    return undefined;
  }
  const { codes, text } = readMedicationConcept(resource, resolve);
  if (codes.length === 0 && text === undefined) {
    log.add('information', 'no-value', source, `${entry.resourceType} names no medication; excluded.`);
    return undefined;
  }
  const out: MedicationEntry = { codes, source };
  if (text !== undefined) out.text = text;
  if (status !== undefined) out.status = status;
  const authoredOn = readString(resource.authoredOn) ?? readString(resource.dateAsserted);
  if (authoredOn !== undefined) out.authoredOn = authoredOn;
  return out;
}

function readMedicationConcept(
  resource: JsonObject,
  resolve: (reference: string) => CheckedResource | undefined,
): { codes: CodingRef[]; text: string | undefined } {
  if (isObject(resource.medicationCodeableConcept)) {
    const concept = resource.medicationCodeableConcept;
    return { codes: readCodings(concept), text: readConceptText(concept) };
  }
  const reference = readReference(resource.medicationReference);
  const display = isObject(resource.medicationReference) ? readString(resource.medicationReference.display) : undefined;
  const medication = reference === undefined ? undefined : resolveMedication(resource, reference, resolve);
  if (medication === undefined) return { codes: [], text: display };
  return { codes: readCodings(medication.code), text: readConceptText(medication.code) ?? display };
}

function resolveMedication(
  resource: JsonObject,
  reference: string,
  resolve: (reference: string) => CheckedResource | undefined,
): JsonObject | undefined {
  if (reference.startsWith('#')) {
    const contained = Array.isArray(resource.contained) ? resource.contained : [];
    const found = contained.find((c): c is JsonObject => isObject(c) && c.id === reference.slice(1));
    return found?.resourceType === 'Medication' ? found : undefined;
  }
  const target = resolve(reference);
  return target?.resourceType === 'Medication' ? target.resource : undefined;
}
