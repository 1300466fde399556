/**
 * The demo portal's sample note: synthetic (written for this demo, about no
 * one), with a negation, a family history, vital signs, laboratory results
 * and an allergy, so the extraction view has each kind of span to show.
 */
export const SAMPLE_NOTE = [
  '58-year-old woman seen for follow-up of type 2 diabetes.',
  'Denies chest pain or shortness of breath.',
  'Mother had breast cancer.',
  'Allergic to penicillin (rash).',
  'Takes metformin.',
  'BP 148/92 mmHg, HR 88/min, temp 37.1 C.',
  'HbA1c 8.2 %. Creatinine 92 umol/L.',
].join(' ');
