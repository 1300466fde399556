import type { PatientContext } from '@meridian/fhir-adapter';
import { canonicalHash } from '../../platform/hashing/canonical-hash.js';

/**
 * The key that deduplicates automatic case analyses: the patient and a hash
 * of every input the analysis reads (values with their sources, conditions,
 * medications, allergies, demographics) and the question. The reference
 * time is left out, so two views of an unchanged record share one job.
 *
 * @example
 * ```ts
 * await queue.enqueueCaseAnalysisOnce(tx, tenantId, payload, caseAnalysisDedupeKey(context));
 * ```
 */
export function caseAnalysisDedupeKey(context: PatientContext, question = ''): string {
  if (question) return computeKey(context, question);
  // A hook computes the key to look up an analysis, and its subscriber again to enqueue one: hash once per context.
  let key = memo.get(context);
  if (key === undefined) memo.set(context, (key = computeKey(context, '')));
  return key;
}

const memo = new WeakMap<PatientContext, string>();

function computeKey(context: PatientContext, question: string): string {
  const { patient, measurements, findings, conditions, medications, allergies } = context;
  const inputs = canonicalHash({
    patient: { reference: patient.reference, ageYears: patient.ageYears ?? null, sex: patient.sex ?? null },
    measurements,
    findings,
    conditions,
    medications,
    allergies,
    question,
  });
  return `${patient.reference}|${inputs}`;
}
