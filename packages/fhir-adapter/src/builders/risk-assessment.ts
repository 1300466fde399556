/**
 * `RiskAssessment` as Meridian emits it for a computed score.
 *
 * @module
 */
import type { Annotation, RiskAssessment, RiskAssessmentPrediction } from '@medplum/fhirtypes';
import type { CodingRef } from '../context/types.js';
import { assertDateTime, assertReference, toConcept } from './coding.js';
import { RISK_PROBABILITY, type RiskLevel } from './risk-probability.js';

/**
 * One predicted outcome.
 *
 * @example
 * ```ts
 * const p: RiskPredictionInput = { outcome: 'Clinical deterioration', qualitativeRisk: 'high', probability: 0.32 };
 * ```
 */
export interface RiskPredictionInput {
  /** The outcome predicted: a coding or plain text. */
  outcome?: CodingRef | string;
  qualitativeRisk: RiskLevel;
  /** Probability in [0, 1]; omitted when the score gives none. */
  probability?: number;
  rationale?: string;
}

/**
 * Input of `buildRiskAssessment`.
 *
 * @example
 * ```ts
 * const input: RiskAssessmentInput = {
 *   subject: 'Patient/123', occurrence: '2024-05-01T12:00:00Z',
 *   method: { system: 'https://meridian.example/scores', code: 'news2', display: 'NEWS2' },
 *   predictions: [{ qualitativeRisk: 'high' }],
 *   basis: ['Observation/hr-1', 'Observation/rr-1'],
 * };
 * ```
 */
export interface RiskAssessmentInput {
  id?: string;
  /** `Patient/{id}`. */
  subject: string;
  /** When the assessment was made (FHIR dateTime). */
  occurrence: string;
  /** The calculator used. */
  method: CodingRef;
  /** What is assessed, if distinct from the method. */
  code?: CodingRef;
  predictions: readonly RiskPredictionInput[];
  /** References to the exact resources used (e.g. `Measurement.source`, `ConditionEntry.source`). */
  basis?: readonly string[];
  encounter?: string;
  /** Free-text notes (explanations, caveats). */
  notes?: readonly string[];
  /** Guideline or publication citations, added as notes prefixed "Source: ". */
  citations?: readonly string[];
}

/**
 * Builds a final R4 `RiskAssessment`. Throws a `TypeError`/`RangeError` for
 * programming errors (bad reference, probability outside [0, 1], no prediction).
 *
 * @example
 * ```ts
 * import { buildRiskAssessment } from '@meridian/fhir-adapter';
 * const resource = buildRiskAssessment({
 *   subject: 'Patient/123', occurrence: '2024-05-01T12:00:00Z',
 *   method: { system: 'https://meridian.example/scores', code: 'news2', display: 'NEWS2' },
 *   predictions: [{ outcome: 'Clinical deterioration', qualitativeRisk: 'high' }],
 *   basis: ['Observation/hr-1'],
 * });
 * ```
 */
export function buildRiskAssessment(input: RiskAssessmentInput): RiskAssessment {
  assertReference(input.subject, 'subject');
  assertDateTime(input.occurrence, 'occurrence');
  if (input.predictions.length === 0) throw new RangeError('predictions must hold at least one prediction.');
  const resource: RiskAssessment = {
    resourceType: 'RiskAssessment',
    status: 'final',
    method: toConcept(input.method),
    subject: { reference: input.subject },
    occurrenceDateTime: input.occurrence,
    prediction: input.predictions.map(buildPrediction),
  };
  if (input.id !== undefined) resource.id = input.id;
  if (input.code !== undefined) resource.code = toConcept(input.code);
  if (input.encounter !== undefined) {
    assertReference(input.encounter, 'encounter');
    resource.encounter = { reference: input.encounter };
  }
  const basis = [...new Set(input.basis ?? [])];
  basis.forEach((reference, i) => assertReference(reference, `basis[${i}]`));
  if (basis.length > 0) resource.basis = basis.map((reference) => ({ reference }));
  const notes: Annotation[] = [
    ...(input.notes ?? []).map((text) => ({ text })),
    ...(input.citations ?? []).map((citation) => ({ text: `Source: ${citation}` })),
  ].filter((note) => note.text.trim() !== '');
  if (notes.length > 0) resource.note = notes;
  return resource;
}

function buildPrediction(input: RiskPredictionInput, index: number): RiskAssessmentPrediction {
  const prediction: RiskAssessmentPrediction = { qualitativeRisk: toConcept(RISK_PROBABILITY[input.qualitativeRisk]) };
  if (typeof input.outcome === 'string') prediction.outcome = { text: input.outcome };
  else if (input.outcome !== undefined) prediction.outcome = toConcept(input.outcome);
  if (input.probability !== undefined) {
    if (!Number.isFinite(input.probability) || input.probability < 0 || input.probability > 1) {
      throw new RangeError(`predictions[${index}].probability must be within [0, 1].`);
    }
    prediction.probabilityDecimal = input.probability;
  }
  if (input.rationale !== undefined && input.rationale !== '') prediction.rationale = input.rationale;
  return prediction;
}
