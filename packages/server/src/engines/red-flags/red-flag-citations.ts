/**
 * Publications the red-flag thresholds come from.
 *
 * @module
 */
import type { Citation } from '../risk/types.js';

/** Critical laboratory limits for urgent clinician notification (survey of US medical centres). */
export const KOST_CRITICAL_LIMITS_1990: Citation = {
  authors: 'Kost GJ',
  title: 'Critical limits for urgent clinician notification at US medical centers',
  source: 'JAMA 1990;263(5):704-707',
  year: 1990,
  doi: '10.1001/jama.1990.03440050098042',
};

/** Surviving Sepsis Campaign 2021: lactate as a marker of hypoperfusion. */
export const EVANS_SSC_2021: Citation = {
  authors: 'Evans L, Rhodes A, Alhazzani W, Antonelli M, Coopersmith CM, French C, et al.',
  title: 'Surviving Sepsis Campaign: International Guidelines for Management of Sepsis and Septic Shock 2021',
  source: 'Crit Care Med 2021;49(11):e1063-e1143',
  year: 2021,
  doi: '10.1097/CCM.0000000000005337',
};
