/**
 * The disclaimers every case analysis carries, whatever engine answered.
 *
 * @example
 * ```ts
 * analysis.disclaimers = [...CASE_ANALYSIS_DISCLAIMERS];
 * ```
 */
export const CASE_ANALYSIS_DISCLAIMERS = [
  'Decision support only: this analysis does not replace the judgement of the treating clinician, who remains responsible for the patient.',
  'Meridian never prescribes and never gives doses; treatment decisions belong to the treating clinician.',
  'Likelihoods are bands with stated uncertainty, drawn from the data supplied; information missing from the record is not assumed normal.',
  'Every differential and red flag cites the patient data or guideline passage it rests on; check each citation before acting.',
] as const;
