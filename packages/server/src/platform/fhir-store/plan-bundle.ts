import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { FHIR_ID, FHIR_RESOURCE_TYPE, versionOfETag, type transactionRequestSchema } from '@meridian/sdk';
import { unstorableReason } from './resource-repository.js';
import type { FhirResource } from './resource-fields.js';

type Entry = z.infer<typeof transactionRequestSchema>['entry'][number];

/** One entry of a bundle, resolved to the resource it will write, or why it cannot be. */
export type PlannedEntry =
  | { index: number; ok: true; type: string; id: string; resource: FhirResource; ifMatch?: number | undefined }
  | { index: number; ok: false; problem: string; expression: string };

/** Types only the server writes: an AuditEvent cannot be forged through the FHIR API. */
const SERVER_OWNED_TYPES = new Set(['AuditEvent']);

const UUID_URN = /^urn:uuid:([0-9a-fA-F-]{36})$/;

type Target =
  | { type: string; id: string; resource: FhirResource; ifMatch?: number | undefined }
  | { problem: string; where: string };

function planTarget(entry: Entry): Target {
  const fail = (problem: string, where: string): Target => ({ problem, where });
  const type = entry.resource.resourceType;
  if (!FHIR_RESOURCE_TYPE.test(type))
    return fail('resourceType is not a FHIR resource type name', 'resource.resourceType');
  if (SERVER_OWNED_TYPES.has(type))
    return fail(`${type} resources are written by Meridian only`, 'resource.resourceType');
  const url = entry.request.url.replace(/^\/+/, '').split('?')[0]!;
  if (entry.request.method === 'PUT') {
    const [urlType, urlId, ...rest] = url.split('/');
    if (rest.length || urlType !== type || !urlId || !FHIR_ID.test(urlId))
      return fail(`PUT url must be ${type}/{id} with a valid FHIR id`, 'request.url');
    if (entry.resource.id !== undefined && entry.resource.id !== urlId)
      return fail('resource.id differs from the id in request.url', 'resource.id');
    const ifMatch = entry.request.ifMatch === undefined ? undefined : versionOfETag(entry.request.ifMatch);
    return { type, id: urlId, resource: { ...entry.resource, id: urlId } as FhirResource, ifMatch };
  }
  if (url !== type) return fail(`POST url must be ${type}`, 'request.url');
  if (entry.request.ifMatch !== undefined)
    return fail('ifMatch applies to PUT (update) entries only', 'request.ifMatch');
  // A urn:uuid fullUrl gives the id, so loading the same bundle twice updates rather than duplicates.
  const id = UUID_URN.exec(entry.fullUrl ?? '')?.[1]?.toLowerCase() ?? randomUUID();
  return { type, id, resource: { ...entry.resource, id } as FhirResource };
}

function planEntry(entry: Entry, index: number): PlannedEntry {
  const at = `Bundle.entry[${index}]`;
  const target = planTarget(entry);
  if ('problem' in target) return { index, ok: false, problem: target.problem, expression: `${at}.${target.where}` };
  // A string Postgres cannot store, or a shape out of bounds, fails this entry alone: a batch still writes the others.
  const unstorable = unstorableReason(target.resource);
  if (unstorable)
    return {
      index,
      ok: false,
      problem: unstorable.problem,
      expression: `${at}.${unstorable.expression.replace(/^[A-Za-z]+/, 'resource')}`,
    };
  return { index, ok: true, ...target };
}

/**
 * Resolves every entry to the `Type/id` it will write, marks entries that
 * cannot be written (and any two that would write the same resource), and maps
 * each `urn:uuid:` fullUrl to its `Type/id` for reference rewriting.
 */
export function planBundle(entries: Entry[]): { planned: PlannedEntry[]; references: Map<string, string> } {
  const planned = entries.map(planEntry);
  const references = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const [i, p] of planned.entries()) {
    if (!p.ok) continue;
    const key = `${p.type}/${p.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      planned[i] = {
        index: i,
        ok: false,
        problem: `duplicate: entry ${first} already writes ${key}`,
        expression: `Bundle.entry[${i}]`,
      };
      continue;
    }
    seen.set(key, i);
    const fullUrl = entries[i]!.fullUrl;
    if (fullUrl) references.set(fullUrl, key);
  }
  return { planned, references };
}
