/**
 * 10-year ASCVD risk categories of the 2018 AHA/ACC cholesterol guideline (Grundy et al.),
 * applied to the unrounded PCE probability.
 *
 * @module
 */
import type { RiskBand } from '../types.js';

/** The four categories, lowest first. */
export const PCE_BANDS = {
  low: { id: 'low', label: 'Low risk (< 5%)', order: 0, description: '10-year ASCVD risk below 5%.' },
  borderline: {
    id: 'borderline',
    label: 'Borderline risk (5% to < 7.5%)',
    order: 1,
    description: '10-year ASCVD risk 5% to < 7.5%.',
  },
  intermediate: {
    id: 'intermediate',
    label: 'Intermediate risk (7.5% to < 20%)',
    order: 2,
    description: '10-year ASCVD risk 7.5% to < 20%.',
  },
  high: { id: 'high', label: 'High risk (≥ 20%)', order: 3, description: '10-year ASCVD risk 20% or more.' },
} as const satisfies Record<string, RiskBand>;

/** The category of a 10-year risk given as a fraction. */
export function pceBandOf(risk: number): RiskBand {
  if (risk < 0.05) return PCE_BANDS.low;
  if (risk < 0.075) return PCE_BANDS.borderline;
  if (risk < 0.2) return PCE_BANDS.intermediate;
  return PCE_BANDS.high;
}
