/**
 * The loaded value sets as callers read them, without HTTP: each
 * `value-set-operations` call audited (a refusal too, since it runs
 * inside the audit transaction).
 *
 * @module
 */
import type { Bundle, Parameters as FhirParameters, ValueSet } from '@meridian/sdk';
import type { AuditRecord } from '../../platform/audit/build-audit-event.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { expandValueSet, readValueSet, searchValueSets, validateCode } from './value-set-operations.js';

/** `operation`: audited as an operation (E); else a read, or a search when `search` is set (R). */
function audited<T>(
  services: Services,
  actor: Actor,
  work: () => T,
  how: { operation?: string; resources?: string[]; search?: boolean },
): Promise<T> {
  const record: AuditRecord = {
    action: how.operation ? 'E' : 'R',
    interaction: how.operation ? 'operation' : how.search ? 'search-type' : 'read',
    ...(how.operation ? { operation: how.operation } : {}),
    patients: [],
    resources: how.resources ?? [],
  };
  return services.audit.record(
    actor,
    async () => work(),
    () => record,
  );
}

/**
 * `$validate-code`: whether a code is in a loaded value set, audited as `validate-code`.
 *
 * @example
 * ```ts
 * const parameters = await validateCodeAudited(services, actor, { url: 'meridian-nsaid-ingredients', system, code: '5640' });
 * ```
 */
export function validateCodeAudited(
  services: Services,
  actor: Actor,
  params: Parameters<typeof validateCode>[0],
): Promise<FhirParameters> {
  return audited(services, actor, () => validateCode(params), { operation: 'validate-code' });
}

/**
 * The loaded value sets (by `url` or `title`) as a searchset Bundle, audited as a search.
 *
 * @example
 * ```ts
 * const bundle = await searchValueSetsAudited(services, actor, { title: 'heart' });
 * ```
 */
export function searchValueSetsAudited(
  services: Services,
  actor: Actor,
  params: Parameters<typeof searchValueSets>[0],
): Promise<Bundle<ValueSet>> {
  return audited(services, actor, () => searchValueSets(params), { search: true });
}

/**
 * `$expand` of one value set (`filter`, `count`, `offset`), audited as `expand` naming it.
 *
 * @example
 * ```ts
 * const expansion = await expandValueSetAudited(services, actor, 'meridian-nsaid-ingredients', { count: 20 });
 * ```
 */
export function expandValueSetAudited(
  services: Services,
  actor: Actor,
  id: string,
  params: Parameters<typeof expandValueSet>[1],
): Promise<ValueSet> {
  return audited(services, actor, () => expandValueSet(id, params), {
    operation: 'expand',
    resources: [`ValueSet/${id}`],
  });
}

/**
 * One value set as published, audited as a read naming it.
 *
 * @example
 * ```ts
 * const set = await readValueSetAudited(services, actor, 'meridian-nsaid-ingredients');
 * ```
 */
export function readValueSetAudited(services: Services, actor: Actor, id: string): Promise<ValueSet> {
  return audited(services, actor, () => readValueSet(id), { resources: [`ValueSet/${id}`] });
}
