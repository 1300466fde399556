/**
 * Vital-sign entries of the `MEASURES` catalogue.
 *
 * Staleness: bedside vital signs describe the patient's state now; a value
 * older than 24 h cannot feed an early-warning score without a warning.
 * Weight changes slowly (90 days), height in adults hardly at all (5 years),
 * BMI follows weight (1 year, as BMI is mostly used for long-term risk).
 *
 * Codes: the LOINC terms and their body-site and position variants that the
 * VSAC vital-sign value sets list (Body Temperature 2.16.840.1.113762.1.4.1045.152,
 * Oxygen Saturation by Pulse Oximetry …1045.151, Heart Rate 2.16.840.1.113883.3.526.3.1176,
 * Respiratory Rate …1045.130, Systolic Blood Pressure …1045.163; eCQM update 2025-05).
 * Surface and extremity temperatures (finger, toe, hand, foot, groin, brain)
 * and exercise or anaesthesia SpO2 are left out: they are not the core
 * temperature or resting SpO2 the scores were derived from.
 *
 * Plausible ranges are limits of what a living patient (or a measuring device)
 * can show, not normal ranges: they catch unit mix-ups and typing errors.
 *
 * @module
 */
import { DAY, HOUR, YEAR, type MeasureDefinition } from './measure-definition.js';
import * as V from './vital-sign-codes.js';

/**
 * The vital-sign part of `MEASURES` (the rest are laboratory measures).
 *
 * @example
 * ```ts
 * import { VITAL_SIGN_MEASURES } from '@meridian/fhir-adapter';
 * 'heartRate' in VITAL_SIGN_MEASURES; // true
 * ```
 */
export const VITAL_SIGN_MEASURES = {
  respiratoryRate: {
    key: 'respiratoryRate',
    label: 'respiratory rate',
    unit: '/min',
    codings: [
      V.LOINC_RESPIRATORY_RATE,
      V.LOINC_RESPIRATORY_RATE_FIRST_ENCOUNTER,
      V.LOINC_RESPIRATORY_RATE_PULSE_OXIMETRY,
      V.LOINC_BREATH_RATE_SPONTANEOUS,
      V.SNOMED_RESPIRATORY_RATE,
    ],
    plausible: { min: 0, max: 100 },
    staleAfterHours: 24 * HOUR,
  },
  heartRate: {
    key: 'heartRate',
    label: 'heart rate',
    unit: '/min',
    codings: [
      V.LOINC_HEART_RATE,
      V.LOINC_HEART_RATE_PULSE_OXIMETRY,
      V.LOINC_HEART_RATE_SUPINE,
      V.LOINC_HEART_RATE_SITTING,
      V.LOINC_HEART_RATE_STANDING,
      V.LOINC_HEART_RATE_FIRST_ENCOUNTER,
      V.SNOMED_HEART_RATE,
    ],
    plausible: { min: 0, max: 300 },
    staleAfterHours: 24 * HOUR,
  },
  systolicBp: {
    key: 'systolicBp',
    label: 'systolic blood pressure',
    unit: 'mm[Hg]',
    codings: [
      V.LOINC_SYSTOLIC_BP,
      V.LOINC_SYSTOLIC_BP_SITTING,
      V.LOINC_SYSTOLIC_BP_STANDING,
      V.LOINC_SYSTOLIC_BP_SUPINE,
      V.LOINC_SYSTOLIC_BP_FIRST_ENCOUNTER,
      V.LOINC_SYSTOLIC_BP_LEFT_LATERAL,
      V.SNOMED_SYSTOLIC_BP,
    ],
    plausible: { min: 20, max: 300 },
    staleAfterHours: 24 * HOUR,
  },
  diastolicBp: {
    key: 'diastolicBp',
    label: 'diastolic blood pressure',
    unit: 'mm[Hg]',
    codings: [
      V.LOINC_DIASTOLIC_BP,
      V.LOINC_DIASTOLIC_BP_SITTING,
      V.LOINC_DIASTOLIC_BP_STANDING,
      V.LOINC_DIASTOLIC_BP_SUPINE,
      V.SNOMED_DIASTOLIC_BP,
    ],
    plausible: { min: 10, max: 200 },
    staleAfterHours: 24 * HOUR,
  },
  temperature: {
    key: 'temperature',
    label: 'body temperature',
    unit: 'Cel',
    codings: [
      V.LOINC_BODY_TEMPERATURE,
      V.LOINC_ORAL_TEMPERATURE,
      V.LOINC_RECTAL_TEMPERATURE,
      V.LOINC_TYMPANIC_TEMPERATURE,
      V.LOINC_AXILLARY_TEMPERATURE,
      V.LOINC_TEMPORAL_ARTERY_TEMPERATURE,
      V.LOINC_EAR_TEMPERATURE,
      V.LOINC_NASAL_TEMPERATURE,
      V.LOINC_CORE_TEMPERATURE,
      V.LOINC_INTRAVASCULAR_TEMPERATURE,
      V.LOINC_BLADDER_TEMPERATURE,
      V.LOINC_ESOPHAGEAL_TEMPERATURE,
      V.LOINC_NASOPHARYNGEAL_TEMPERATURE,
      V.LOINC_TEMPERATURE_FIRST_ENCOUNTER,
      V.SNOMED_BODY_TEMPERATURE,
    ],
    // 25 °C: deep accidental hypothermia still measured; 45 °C and above is not survivable.
    plausible: { min: 25, max: 44.9 },
    staleAfterHours: 24 * HOUR,
    // Kelvin is never used for body temperature: a "310" is far more likely a mislabelled value than 36.85 °C.
    acceptedUnits: ['Cel', '[degF]'],
  },
  oxygenSaturation: {
    key: 'oxygenSaturation',
    label: 'oxygen saturation',
    unit: '%',
    codings: [
      V.LOINC_SPO2_PULSE_OXIMETRY,
      V.LOINC_SPO2_PULSE_OXIMETRY_ROOM_AIR,
      V.LOINC_SPO2_PULSE_OXIMETRY_RESTING,
      V.LOINC_OXYGEN_SATURATION_CAPILLARY_OXIMETRY,
      V.LOINC_OXYGEN_SATURATION_ARTERIAL,
      V.LOINC_OXYGEN_SATURATION_BLOOD,
      V.SNOMED_SPO2,
    ],
    plausible: { min: 0, max: 100 },
    staleAfterHours: 24 * HOUR,
    // A fraction (0.97 with unit "1") converts to 97 %; other dimensionless units ({score}, ...) are refused.
    acceptedUnits: ['%', '1'],
  },
  inhaledOxygenFlow: {
    key: 'inhaledOxygenFlow',
    label: 'inhaled oxygen flow rate',
    unit: 'L/min',
    codings: [V.LOINC_INHALED_OXYGEN_FLOW],
    plausible: { min: 0, max: 80 },
    staleAfterHours: 24 * HOUR,
  },
  inhaledOxygenConcentration: {
    key: 'inhaledOxygenConcentration',
    label: 'inhaled oxygen concentration',
    unit: '%',
    codings: [V.LOINC_INHALED_OXYGEN_CONCENTRATION],
    plausible: { min: 21, max: 100 },
    staleAfterHours: 24 * HOUR,
    acceptedUnits: ['%', '1'],
  },
  bodyWeight: {
    key: 'bodyWeight',
    label: 'body weight',
    unit: 'kg',
    codings: [V.LOINC_BODY_WEIGHT, V.LOINC_BODY_WEIGHT_MEASURED, V.SNOMED_BODY_WEIGHT],
    plausible: { min: 0.2, max: 700 },
    staleAfterHours: 90 * DAY,
  },
  bodyHeight: {
    key: 'bodyHeight',
    label: 'body height',
    unit: 'cm',
    codings: [V.LOINC_BODY_HEIGHT, V.LOINC_BODY_LENGTH, V.SNOMED_BODY_HEIGHT],
    plausible: { min: 20, max: 280 },
    staleAfterHours: 5 * YEAR,
  },
  bmi: {
    key: 'bmi',
    label: 'body mass index',
    unit: 'kg/m2',
    codings: [V.LOINC_BMI],
    plausible: { min: 5, max: 200 },
    staleAfterHours: 1 * YEAR,
  },
} as const satisfies Record<string, MeasureDefinition>;
