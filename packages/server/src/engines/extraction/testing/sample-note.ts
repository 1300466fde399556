/**
 * A synthetic clinical note (written for Meridian's tests, no real patient)
 * exercising every resource type and assertion status.
 *
 * @module
 */

/** The note. @example `SAMPLE_NOTE.includes('Denies fever')` */
export const SAMPLE_NOTE = `HPI: 67 year old with HTN, T2DM and h/o MI presents with chest pain. Denies fever or cough but reports dyspnea. No increase in edema. Possible pneumonia.
Meds: aspirin, atorvastatin, nivolumab. Stopped warfarin.
Allergies: penicillin (rash).
PMH: asthma, appendectomy.
FH: mother with breast cancer; father had stroke. No family history of diabetes.
Vitals: BP 142/88 mmHg, HR 96 bpm, T 38.2 C, SpO2 94%, RR 20. Creatinine 1.4 mg/dL, K 4.1 mmol/L, HbA1c 7.9%.`;
