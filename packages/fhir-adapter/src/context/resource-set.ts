/**
 * Turns raw entries (from a Bundle, a prefetch object or a server) into a
 * clean, de-duplicated list of resources, reporting what had to be skipped.
 *
 * @module
 */
import type { IssueLog } from './issues.js';
import { isObject, readString, type JsonObject } from './json.js';
import { parseFhirDateTime } from './effective-time.js';

/** A resource as found in the input, with where it was found. */
export interface RawEntry {
  resource: unknown;
  /** Location for issue reports, e.g. `Bundle.entry[3]` or `prefetch.vitals.entry[0]`. */
  position: string;
  fullUrl?: string | undefined;
}

/** A resource that passed the structural checks. */
export interface CheckedResource {
  resource: JsonObject;
  resourceType: string;
  id: string | undefined;
  /** `Type/id` when the id is known, else the position. */
  label: string;
  fullUrl: string | undefined;
}

/** The usable resources, in input order, and a way to resolve references among them. */
export interface ResourceSet {
  resources: CheckedResource[];
  /** The resource a reference (`Type/id` or a `fullUrl`) names; the index is built on first use. */
  resolve(reference: string): CheckedResource | undefined;
}

const RESOURCE_TYPE = /^[A-Z][A-Za-z]+$/;

/**
 * The resource types a PatientContext is built from (the Medications that
 * requests name included); the others (Encounters, Claims, …) are skipped
 * without being read further.
 */
const USED_TYPES = new Set([
  'Patient',
  'Observation',
  'Condition',
  'MedicationRequest',
  'MedicationStatement',
  'AllergyIntolerance',
  'Medication',
]);

/**
 * True for a well-formed resource type a PatientContext does not read (an
 * Encounter, a Claim): such entries are skipped without a report.
 */
export function isUnusedResourceType(type: unknown): boolean {
  if (typeof type !== 'string' || USED_TYPES.has(type)) return false;
  let wellFormed = WELL_FORMED.get(type);
  if (wellFormed === undefined) {
    wellFormed = RESOURCE_TYPE.test(type);
    if (WELL_FORMED.size >= 512) WELL_FORMED.clear(); // bounded: any string may come as a type
    WELL_FORMED.set(type, wellFormed);
  }
  return wellFormed;
}

/** Whether a type name is well formed, by name: a bundle names a few types hundreds of times. */
const WELL_FORMED = new Map<string, boolean>();

export function collectResources(entries: readonly RawEntry[], log: IssueLog): ResourceSet {
  const resources: CheckedResource[] = [];
  // Slots by type, then id (the ids as parsed: no key string is built per resource).
  const slots = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const checked = checkResource(entry, log);
    if (checked === undefined) continue;
    if (checked.id === undefined) {
      resources.push(checked);
      continue;
    }
    let ofType = slots.get(checked.resourceType);
    if (ofType === undefined) slots.set(checked.resourceType, (ofType = new Map()));
    const slot = ofType.get(checked.id);
    if (slot === undefined) {
      ofType.set(checked.id, resources.length);
      resources.push(checked);
      continue;
    }
    const key = checked.label;
    const kept = resources[slot]!;
    const replace = lastUpdatedMs(checked.resource) > lastUpdatedMs(kept.resource);
    if (replace) resources[slot] = checked;
    const severity = sameVersion(kept.resource, checked.resource) ? 'information' : 'warning';
    log.add(
      severity,
      'duplicate-id',
      entry.position,
      `${key} appears more than once; the ${replace ? 'later-updated copy replaces the earlier one' : 'first (or most recently updated) copy is kept'}.`,
    );
  }
  let index: Map<string, CheckedResource> | undefined;
  return { resources, resolve: (reference) => (index ??= indexByReference(resources)).get(reference) };
}

function checkResource(entry: RawEntry, log: IssueLog): CheckedResource | undefined {
  const { resource, position } = entry;
  if (!isObject(resource)) {
    log.add('warning', 'invalid-resource', position, 'Entry is not a FHIR resource object; skipped.');
    return undefined;
  }
  const resourceType = resource.resourceType;
  if (typeof resourceType !== 'string' || !RESOURCE_TYPE.test(resourceType)) {
    log.add('warning', 'invalid-resource', position, 'Resource has no valid resourceType; skipped.');
    return undefined;
  }
  if (!USED_TYPES.has(resourceType)) return undefined;
  if (resource.id !== undefined && typeof resource.id !== 'string') {
    log.add('warning', 'invalid-resource', position, `${resourceType} has a non-string id; skipped.`);
    return undefined;
  }
  const id = readString(resource.id);
  return {
    resource,
    resourceType,
    id,
    label: id === undefined ? position : `${resourceType}/${id}`,
    fullUrl: entry.fullUrl,
  };
}

function lastUpdatedMs(resource: JsonObject): number {
  const meta = resource.meta;
  return isObject(meta) ? (parseFhirDateTime(meta.lastUpdated)?.epochMs ?? -Infinity) : -Infinity;
}

function sameVersion(a: JsonObject, b: JsonObject): boolean {
  if (a === b) return true;
  const metaA = isObject(a.meta) ? a.meta : {};
  const metaB = isObject(b.meta) ? b.meta : {};
  return (
    metaA.versionId !== undefined && metaA.versionId === metaB.versionId && metaA.lastUpdated === metaB.lastUpdated
  );
}

function indexByReference(resources: readonly CheckedResource[]): Map<string, CheckedResource> {
  const index = new Map<string, CheckedResource>();
  for (const r of resources) {
    if (r.id !== undefined) index.set(`${r.resourceType}/${r.id}`, r);
    if (r.fullUrl !== undefined) index.set(r.fullUrl, r);
  }
  return index;
}
