import { LRUCache } from 'lru-cache';
import type { PatientContext } from '@meridian/fhir-adapter';
import type { RiskAssessResponse } from '@meridian/sdk';
import { canonicalHash } from '../../platform/hashing/canonical-hash.js';

/** A cache of risk assessments keyed by a hash of the inputs they used. */
export type RiskCache = LRUCache<string, RiskAssessResponse>;

/**
 * A bounded cache whose entries live `ttlSeconds` (default 300).
 *
 * @example
 * ```ts
 * const cache = createRiskCache({ ttlSeconds: 300 });
 * ```
 */
export function createRiskCache(options: { ttlSeconds?: number; maxEntries?: number } = {}): RiskCache {
  return new LRUCache<string, RiskAssessResponse>({
    max: options.maxEntries ?? 5_000,
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
