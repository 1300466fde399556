/**
 * NEWS2 clinical risk bands and the RCP clinical response to each trigger threshold
 * (RCP 2017, Charts 3 and 4).
 *
 * @module
 */
import type { PointsScenario } from '../core/criteria.js';
import { scenarioTotal } from '../core/criteria.js';
import type { BandScheme } from '../core/result.js';
import type { RiskBand } from '../types.js';

/** The NEWS2 bands, lowest first. */
export const NEWS2_BANDS = {
  lowZero: {
    id: 'low-zero',
    label: 'Low (score 0)',
    order: 0,
    description: 'Minimum monitoring frequency 12-hourly. Continue routine NEWS monitoring.',
  },
  low: {
    id: 'low',
    label: 'Low (score 1–4)',
    order: 1,
    description:
      'Minimum monitoring frequency 4–6-hourly. Inform registered nurse, who must assess the patient; registered nurse decides whether increased frequency of clinical monitoring or escalation of care is required.',
  },
  lowMedium: {
    id: 'low-medium',
    label: 'Low–medium (3 in a single parameter)',
    order: 2,
    description:
      'Minimum monitoring frequency 1-hourly. Registered nurse to inform medical team caring for the patient, who will review and decide whether escalation of care is necessary.',
  },
  medium: {
    id: 'medium',
    label: 'Medium (score 5–6): urgent response threshold',
    order: 3,
    description:
      'Minimum monitoring frequency 1-hourly. Registered nurse to immediately inform the medical team caring for the patient; registered nurse to request urgent assessment by a clinician or team with core competencies in the care of acutely ill patients; provide clinical care in an environment with monitoring facilities.',
  },
  high: {
    id: 'high',
    label: 'High (score 7 or more): emergency response threshold',
    order: 4,
    description:
      'Continuous monitoring of vital signs. Registered nurse to immediately inform the medical team caring for the patient – this should be at least at specialist registrar level; emergency assessment by a team with critical care competencies, including practitioner(s) with advanced airway management skills; consider transfer of care to a level 2 or 3 clinical care facility, ie higher-dependency unit or ICU; clinical care in an environment with monitoring facilities.',
  },
} as const satisfies Record<string, RiskBand>;

/**
 * The NEWS2 band of a set of parameter scores: ≥7 high; 5–6 medium; a 3 in any single parameter
 * low–medium; 1–4 low; 0 low (routine monitoring).
 */
export function news2BandOf(points: PointsScenario): RiskBand {
  const total = scenarioTotal(points);
  if (total >= 7) return NEWS2_BANDS.high;
  if (total >= 5) return NEWS2_BANDS.medium;
  if (Object.values(points).some((p) => p >= 3)) return NEWS2_BANDS.lowMedium;
  return total === 0 ? NEWS2_BANDS.lowZero : NEWS2_BANDS.low;
}

/** The NEWS2 interpretation scheme. */
export const NEWS2_SCHEME: BandScheme = {
  scheme: 'rcp-news2',
  title: 'NEWS2 clinical risk and response (RCP 2017)',
  bands: Object.values(NEWS2_BANDS),
  bandOf: news2BandOf,
};
