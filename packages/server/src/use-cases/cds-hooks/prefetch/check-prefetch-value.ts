/**
 * Checks one prefetched value against its template: the right resource type,
 * the context's patient, a bounded number of entries.
 *
 * @module
 */
import { badRequest } from '../../../platform/errors/outcome-error.js';
import type { PrefetchPlanEntry } from './prefetch-plan.js';

/** The most entries one prefetch Bundle may hold (the templates ask for far fewer). */
export const MAX_PREFETCH_ENTRIES = 1_000;

/** What a prefetched value says: data, "none" (null), or the client's own failure (an OperationOutcome). */
export type PrefetchValueState = 'data' | 'none' | 'client-error';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Classifies a value the CDS Client sent for a key, or throws a 400 when it
 * cannot be what the template asked for: another resource type, a Patient
 * other than the context's, a Bundle of other resources, or more than
 * {@link MAX_PREFETCH_ENTRIES} entries.
 *
 * @example
 * ```ts
 * checkPrefetchValue(plan, request.prefetch.patient, '123'); // 'data'
 * ```
 */
export function checkPrefetchValue(
  plan: PrefetchPlanEntry,
  value: unknown,
  patientId: string | undefined,
): PrefetchValueState {
  const where = [`prefetch.${plan.key}`];
  if (value === null) return 'none';
  if (!isObject(value) || typeof value.resourceType !== 'string')
    throw badRequest(`prefetch.${plan.key} must be a FHIR resource or null`, where);
  if (value.resourceType === 'OperationOutcome') return 'client-error';
  const { kind, resourceType } = plan.expect;
  if (kind === 'read') {
    if (value.resourceType !== resourceType)
      throw badRequest(
        `prefetch.${plan.key} must be a ${resourceType} (template ${plan.template}), not a ${value.resourceType}`,
        where,
      );
    if (resourceType === 'Patient' && patientId !== undefined && value.id !== undefined && value.id !== patientId) {
      throw badRequest(`prefetch.${plan.key} is a different Patient from context.patientId`, where);
    }
    return 'data';
  }
  if (value.resourceType !== 'Bundle')
    throw badRequest(
      `prefetch.${plan.key} must be a searchset Bundle of ${resourceType} (template ${plan.template}), not a ${value.resourceType}`,
      where,
    );
  const entries = Array.isArray(value.entry) ? value.entry : [];
  if (entries.length > MAX_PREFETCH_ENTRIES) {
    throw badRequest(
      `prefetch.${plan.key} holds ${entries.length} entries; this service reads at most ${MAX_PREFETCH_ENTRIES} per template`,
      where,
    );
  }
  entries.forEach((entry, index) => {
    const type = isObject(entry) && isObject(entry.resource) ? entry.resource.resourceType : undefined;
    if (type !== undefined && type !== resourceType && type !== 'OperationOutcome') {
      throw badRequest(`prefetch.${plan.key} must hold ${resourceType} resources, not ${String(type)}`, [
        `${where[0]}.entry[${index}].resource`,
      ]);
    }
  });
  return 'data';
}
