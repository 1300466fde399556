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

/** The usable resources, in input order, and an index for resolving references. */
export interface ResourceSet {
  resources: CheckedResource[];
  byReference: ReadonlyMap<string, CheckedResource>;
}

const RESOURCE_TYPE = /^[A-Z][A-Za-z]+$/;

export function collectResources(entries: readonly RawEntry[], log: IssueLog): ResourceSet {
  const resources: (CheckedResource | undefined)[] = [];
  const slotByKey = new Map<string, number>();
  for (const entry of entries) {
    const checked = checkResource(entry, log);
    if (checked === undefined) continue;
    if (checked.id === undefined) {
      resources.push(checked);
      continue;
    }
    const key = `${checked.resourceType}/${checked.id}`;
    const slot = slotByKey.get(key);
    if (slot === undefined) {
      slotByKey.set(key, resources.length);
      resources.push(checked);
      continue;
    }
    const kept = resources[slot] as CheckedResource;
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
  const kept = resources.filter((r): r is CheckedResource => r !== undefined);
  return { resources: kept, byReference: indexByReference(kept) };
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
