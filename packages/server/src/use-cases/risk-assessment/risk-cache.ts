import { LRUCache } from 'lru-cache';
import type { PatientContext } from '@meridian/fhir-adapter';
import type { RiskAssessResponse } from '@meridian/sdk';
import { canonicalHash } from '../../platform/hashing/canonical-hash.js';

/** A cache of risk assessments keyed by a hash of the inputs they used. */
export type RiskCache = LRUCache<string, RiskAssessResponse>;

/** The default bound of the risk cache: 64 MiB of serialised answers (`MERIDIAN_RISK_CACHE_MAX_BYTES`). */
export const DEFAULT_RISK_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The size an answer is counted for: the length of its JSON, which bounds
 * what it holds in memory (an answer shares its citations and value-set
 * references with the calculators; its heap measured at 0.2-0.9 of its JSON).
 *
 * @example
 * ```ts
 * riskAnswerSize(response); // 72_310
 * ```
 */
export function riskAnswerSize(response: RiskAssessResponse): number {
  return Math.max(1, JSON.stringify(response).length);
}

/**
 * A cache bounded by the bytes its answers take (`maxBytes`, least recently
 * used first out; an answer larger than the bound is not kept), whose entries
 * live `ttlSeconds` (default 300).
 *
 * @example
 * ```ts
 * const cache = createRiskCache({ ttlSeconds: 300, maxBytes: 64 * 1024 * 1024 });
 * cache.calculatedSize; // bytes held now
 * ```
 */
export function createRiskCache(options: { ttlSeconds?: number; maxBytes?: number } = {}): RiskCache {
  return new LRUCache<string, RiskAssessResponse>({
    maxSize: options.maxBytes ?? DEFAULT_RISK_CACHE_MAX_BYTES,
    sizeCalculation: riskAnswerSize,
    ttl: (options.ttlSeconds ?? 300) * 1000,
  });
}

/**
 * The hash of everything a risk result depends on: the tenant, the patient,
 * the normalised values (with their sources and staleness), conditions,
 * medications, allergies, demographics as used (age in years, sex, race),
 * the calculators asked for and the clinician's answers. The reference time
 * itself is left out: two requests a minute apart that see the same inputs
 * get the same answer.
 */
export function riskCacheKey(
  tenantId: string,
  context: PatientContext,
  calculators: readonly string[],
  answers: Record<string, unknown>,
): string {
  const { patient, measurements, findings, conditions, medications, allergies } = context;
  return canonicalHash({
    tenantId,
    patient: {
      reference: patient.reference,
      ageYears: patient.ageYears ?? null,
      sex: patient.sex ?? null,
      race: patient.raceCodes ?? [],
    },
    measurements,
    findings,
    conditions,
    medications,
    allergies,
    calculators,
    answers,
  });
}
