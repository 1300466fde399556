/**
 * CURB-65 and CRB-65 severity groups (Lim 2003; BTS 2009).
 *
 * @module
 */
import { scenarioTotal } from './core/criteria.js';
import type { BandScheme } from './core/result.js';
import type { RiskBand } from './types.js';

/** CURB-65 groups with the 30-day mortality of Lim 2003 and the BTS 2009 management text. */
export const CURB65_BANDS = {
  low: {
    id: 'low',
    label: 'CURB-65 0–1: low severity',
    order: 0,
    description: 'Low risk of death; BTS 2009: likely suitable for home treatment.',
    reportedRisk: '30-day mortality 1.5% (Lim 2003, derivation cohort, group 1)',
  },
  moderate: {
    id: 'moderate',
    label: 'CURB-65 2: moderate severity',
    order: 1,
    description:
      'Intermediate risk of death; BTS 2009: consider short-stay inpatient treatment or hospital-supervised outpatient treatment.',
    reportedRisk: '30-day mortality 9.2% (Lim 2003, derivation cohort, group 2)',
  },
  high: {
    id: 'high',
    label: 'CURB-65 3–5: high severity',
    order: 2,
    description:
      'High risk of death; BTS 2009: manage in hospital as severe pneumonia, and assess for intensive care especially with a score of 4 or 5.',
    reportedRisk: '30-day mortality 22% (Lim 2003, derivation cohort, group 3)',
  },
} as const satisfies Record<string, RiskBand>;

/** CRB-65 groups (BTS 2009), used when no urea is available. */
export const CRB65_BANDS = {
  low: {
    id: 'low',
    label: 'CRB-65 0: low risk',
    order: 0,
    description: 'BTS 2009: low risk; likely suitable for home treatment.',
    reportedRisk: 'Mortality < 1% (BTS 2009)',
  },
  intermediate: {
    id: 'intermediate',
    label: 'CRB-65 1–2: intermediate risk',
    order: 1,
    description: 'BTS 2009: increased risk of death; consider hospital referral and assessment.',
    reportedRisk: 'Mortality 1–10% (BTS 2009)',
  },
  high: {
    id: 'high',
    label: 'CRB-65 3–4: high risk',
    order: 2,
    description: 'BTS 2009: high risk of death; urgent hospital admission.',
    reportedRisk: 'Mortality > 10% (BTS 2009)',
  },
} as const satisfies Record<string, RiskBand>;

/** CURB-65 scheme. */
export const CURB65_SCHEME: BandScheme = {
  scheme: 'curb-65',
  title: 'CURB-65 severity (Lim 2003; BTS 2009)',
  bands: Object.values(CURB65_BANDS),
  bandOf: (points) => {
    const total = scenarioTotal(points);
    return total <= 1 ? CURB65_BANDS.low : total === 2 ? CURB65_BANDS.moderate : CURB65_BANDS.high;
  },
};

/** CRB-65 scheme. */
export const CRB65_SCHEME: BandScheme = {
  scheme: 'crb-65',
  title: 'CRB-65 severity (BTS 2009)',
  bands: Object.values(CRB65_BANDS),
  bandOf: (points) => {
    const total = scenarioTotal(points);
    return total === 0 ? CRB65_BANDS.low : total <= 2 ? CRB65_BANDS.intermediate : CRB65_BANDS.high;
  },
};
