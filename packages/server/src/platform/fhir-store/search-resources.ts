import type { FhirSearchParams } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';
import { dateBounds } from './date-param.js';
import { patientReference, type FhirResource } from './resource-fields.js';
import { OutcomeError } from '../errors/outcome-error.js';

/** A page of search results and the cursor of the next. */
export interface ResourcePage {
  resources: FhirResource[];
  nextCursor: string | undefined;
}

/** `system|value` or `value` (FHIR token search syntax). */
function token(text: string): { system?: string; value: string } {
  const bar = text.indexOf('|');
  if (bar < 0) return { value: text };
  const system = text.slice(0, bar);
  return system ? { system, value: text.slice(bar + 1) } : { value: text.slice(bar + 1) };
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Searches current resources of one type by `patient`/`subject`, `identifier`
 * and `code` (tokens, `system|value`), `date` (prefixes, repeatable), newest
 * clinical time first, paged by `_count` and an opaque `_cursor`.
 *
 * @example
 * ```ts
 * await searchResources(db, 'demo', 'Observation', { patient: 'Patient/p1', code: 'http://loinc.org|8867-4' });
 * ```
 */
export async function searchResources(
  db: Queryable,
  tenantId: string,
  type: string,
  params: FhirSearchParams,
): Promise<ResourcePage> {
  const where = ['tenant_id = $1', 'resource_type = $2', 'is_current', 'NOT deleted'];
  const values: unknown[] = [tenantId, type];
  const add = (sql: (p: string) => string, value: unknown) => {
    values.push(value);
    where.push(sql(`$${values.length}`));
  };
  const patient = params.patient ?? params.subject;
  if (patient) add((p) => `patient_ref = ${p}`, patientReference(patient));
  if (params.identifier) {
    const { system, value } = token(params.identifier);
    add((p) => `resource @> ${p}::jsonb`, JSON.stringify({ identifier: [{ ...(system ? { system } : {}), value }] }));
  }
  if (params.code) {
    const { system, value } = token(params.code);
    add(
      (p) => `resource @> ${p}::jsonb`,
      JSON.stringify({ code: { coding: [{ ...(system ? { system } : {}), code: value }] } }),
    );
  }
  for (const bound of asArray(params.date).flatMap(dateBounds))
    add((p) => `effective_at ${bound.op} ${p}`, bound.value);
  const offset = params._cursor === undefined ? 0 : Number(params._cursor);
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw new OutcomeError('invalid-search-parameter', '_cursor is not one this server issued');
  const limit = params._count ?? 50;
  const { rows } = await db.query<{ resource: FhirResource }>(
    `SELECT resource FROM fhir_resource WHERE ${where.join(' AND ')}
     ORDER BY effective_at DESC NULLS LAST, id LIMIT ${limit + 1} OFFSET ${offset}`,
    values,
  );
  return {
    resources: rows.slice(0, limit).map((r) => r.resource),
    nextCursor: rows.length > limit ? String(offset + limit) : undefined,
  };
}
