import { randomUUID } from 'node:crypto';
import type { RiskAssessResponse } from '@meridian/sdk';
import type { FhirResource } from '../../platform/fhir-store/resource-fields.js';
import { writeResources } from '../../platform/fhir-store/write-resources.js';
import type { Queryable } from '../../platform/store/db.js';
import type { RiskCache } from './risk-cache.js';
import type { ScoredRisk } from './score-risk.js';
import { toRiskAssessment } from './to-risk-assessment.js';

/** What an assessment touched, for its AuditEvent. */
export interface AssessedRisk {
  response: RiskAssessResponse;
  /** Every resource read (the basis) and written (the RiskAssessments). */
  touched: string[];
}

function touchedBy(response: RiskAssessResponse): string[] {
  return [
    ...new Set(
      response.riskAssessments.flatMap((ra) => [
        `RiskAssessment/${ra.id}`,
        ...((ra.basis as { reference: string }[] | undefined) ?? []).map((b) => b.reference),
      ]),
    ),
  ];
}

/**
 * Stores fresh scores as FHIR `RiskAssessment`s (one per result whose band is
 * determined) inside the caller's transaction, and remembers the answer in the
 * cache. A cached score writes nothing: its RiskAssessments were stored when
 * it was first computed.
 *
 * @example
 * ```ts
 * const { response, touched } = await storeRiskAssessments(tx, 'demo', scoreRisk(context, options, cache), cache);
 * ```
 */
export async function storeRiskAssessments(
  tx: Queryable,
  tenantId: string,
  scored: ScoredRisk,
  cache: RiskCache,
  now = new Date(),
): Promise<AssessedRisk> {
  if (scored.cached) return { response: scored.response, touched: touchedBy(scored.response) };
  const { context, referenceTime, results } = scored;
  const resources = results.flatMap((result) => {
    const resource = toRiskAssessment(result, context.patient.reference, referenceTime);
    return resource ? [{ ...(resource as unknown as FhirResource), id: randomUUID() }] : [];
  });
  // One statement for all of them (a re-scoring stores up to seven at a time).
  const riskAssessments = (await writeResources(tx, tenantId, resources, now)).map((w) => w.resource);
  const response: RiskAssessResponse = {
    patient: context.patient.reference,
    referenceTime,
    engine: 'deterministic',
    cached: false,
    results: results as RiskAssessResponse['results'],
    riskAssessments: riskAssessments as RiskAssessResponse['riskAssessments'],
    issues: context.issues,
  };
  cache.set(scored.cacheKey, response);
  return { response, touched: touchedBy(response) };
}
