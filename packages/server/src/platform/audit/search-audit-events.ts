import type { AuditEvent, AuditSearchParams } from '@meridian/sdk';
import { OutcomeError } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import { dateBounds } from '../fhir-store/date-param.js';
import { patientReference } from '../fhir-store/resource-fields.js';

/** A page of AuditEvents, newest first, with the cursor of the next page. */
export interface AuditEventPage {
  events: AuditEvent[];
  nextCursor: string | undefined;
}

/** Default and maximum page sizes. */
export const AUDIT_PAGE_SIZE = { default: 50, max: 1000 } as const;

/**
 * Searches a tenant's AuditEvents by patient, agent (API key id), action and
 * date (prefixes eq/ge/le/gt/lt, repeatable), newest first, keyset-paged.
 *
 * @example
 * ```ts
 * const page = await searchAuditEvents(db, 'demo', { patient: 'Patient/1', date: ['ge2026-01-01'] });
 * ```
 */
export async function searchAuditEvents(
  db: Queryable,
  tenantId: string,
  params: AuditSearchParams,
): Promise<AuditEventPage> {
  const where = ['tenant_id = $1'];
  const values: unknown[] = [tenantId];
  const add = (sql: (p: string) => string, value: unknown) => {
    values.push(value);
    where.push(sql(`$${values.length}`));
  };
  if (params.patient) add((p) => `${p} = ANY(patient_refs)`, patientReference(params.patient));
  if (params.agent) add((p) => `agent_id = ${p}`, params.agent);
  if (params.action) add((p) => `action = ${p}`, params.action);
  const dates = params.date === undefined ? [] : Array.isArray(params.date) ? params.date : [params.date];
  for (const bound of dates.flatMap(dateBounds)) add((p) => `recorded ${bound.op} ${p}`, bound.value);
  if (params._cursor !== undefined) {
    if (!/^\d{1,15}$/.test(params._cursor))
      throw new OutcomeError('invalid-search-parameter', '_cursor is not one this server issued');
    add((p) => `seq < ${p}`, Number(params._cursor));
  }
  const limit = params._count ?? AUDIT_PAGE_SIZE.default;
  const { rows } = await db.query<{ seq: number; resource: AuditEvent }>(
    `SELECT seq, resource FROM audit_event WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ${limit + 1}`,
    values,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    events: page.map((r) => r.resource),
    nextCursor: rows.length > limit && last ? String(last.seq) : undefined,
  };
}
