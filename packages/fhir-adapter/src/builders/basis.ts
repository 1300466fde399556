/**
 * The references a score was computed from, read off a `PatientContext`.
 *
 * @module
 */
import type { FindingKey, MeasureKey, PatientContext } from '../context/types.js';

const REFERENCE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;

/**
 * The `source` references of the measurements and findings a calculator used,
 * de-duplicated, for `RiskAssessment.basis`. Values from resources without an
 * id (whose source is a bundle position) cannot be referenced and are left out.
 *
 * @example
 * ```ts
 * import { basisReferences, buildRiskAssessment } from '@meridian/fhir-adapter';
 * const basis = basisReferences(context, ['respiratoryRate', 'heartRate', 'levelOfConsciousness']);
 * ```
 */
export function basisReferences(context: PatientContext, concepts: readonly (MeasureKey | FindingKey)[]): string[] {
  const references = new Set<string>();
  for (const concept of concepts) {
    const used = context.measurements[concept as MeasureKey] ?? context.findings[concept as FindingKey];
    if (used !== undefined && REFERENCE.test(used.source)) references.add(used.source);
  }
  return [...references];
}
