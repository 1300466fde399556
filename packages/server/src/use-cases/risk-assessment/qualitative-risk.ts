import type { RiskLevel } from '@meridian/fhir-adapter';

/**
 * The HL7 risk-probability level of each published band Meridian's
 * calculators use, by band id. Scores keep their own band labels; this only
 * picks the nearest coarse level for `RiskAssessment.prediction.qualitativeRisk`.
 */
export const BAND_RISK_LEVELS: Readonly<Record<string, RiskLevel>> = {
  'low-zero': 'low',
  low: 'low',
  negative: 'low',
  'low-medium': 'moderate',
  medium: 'moderate',
  moderate: 'moderate',
  borderline: 'moderate',
  intermediate: 'moderate',
  high: 'high',
  positive: 'high',
};

/**
 * The qualitative risk of a band: from {@link BAND_RISK_LEVELS}, else by its
 * rank among the score's bands (lowest low, highest high, moderate between).
 *
 * @example
 * ```ts
 * qualitativeRiskOf({ id: 'medium', order: 3 }, 4); // 'moderate'
 * ```
 */
export function qualitativeRiskOf(band: { id: string; order: number }, highestOrder: number): RiskLevel {
  const known = BAND_RISK_LEVELS[band.id];
  if (known) return known;
  if (band.order <= 0) return 'low';
  return band.order >= highestOrder ? 'high' : 'moderate';
}
