/**
 * Codings of vital signs (LOINC, with SNOMED CT equivalents), one named
 * constant per coding. Grouped into concepts by `MEASURES`.
 *
 * @module
 */
import { CODE_SYSTEMS } from './code-systems.js';

const { loinc, snomed } = CODE_SYSTEMS;

/** LOINC 9279-1 Respiratory rate. @example `MEASURES.respiratoryRate.codings.includes(LOINC_RESPIRATORY_RATE)` */
export const LOINC_RESPIRATORY_RATE = { system: loinc, code: '9279-1', display: 'Respiratory rate' } as const;
/** SNOMED CT 86290005 Respiration rate. @example `SNOMED_RESPIRATORY_RATE.code // '86290005'` */
export const SNOMED_RESPIRATORY_RATE = { system: snomed, code: '86290005', display: 'Respiration rate' } as const;
/** LOINC 11291-2 Respiratory rate at First encounter (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_RESPIRATORY_RATE_FIRST_ENCOUNTER.code // '11291-2'` */
export const LOINC_RESPIRATORY_RATE_FIRST_ENCOUNTER = {
  system: loinc,
  code: '11291-2',
  display: 'Respiratory rate at First encounter',
} as const;
/** LOINC 76174-2 Respiratory rate by Pulse oximetry.plethysmograph (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_RESPIRATORY_RATE_PULSE_OXIMETRY.code // '76174-2'` */
export const LOINC_RESPIRATORY_RATE_PULSE_OXIMETRY = {
  system: loinc,
  code: '76174-2',
  display: 'Respiratory rate by Pulse oximetry.plethysmograph',
} as const;
/** LOINC 76528-9 Breath rate spontaneous (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_BREATH_RATE_SPONTANEOUS.code // '76528-9'` */
export const LOINC_BREATH_RATE_SPONTANEOUS = {
  system: loinc,
  code: '76528-9',
  display: 'Breath rate spontaneous',
} as const;
/** LOINC 8867-4 Heart rate. @example `LOINC_HEART_RATE.code // '8867-4'` */
export const LOINC_HEART_RATE = { system: loinc, code: '8867-4', display: 'Heart rate' } as const;
/** LOINC 8889-8 Heart rate by Pulse oximetry. @example `LOINC_HEART_RATE_PULSE_OXIMETRY.code // '8889-8'` */
export const LOINC_HEART_RATE_PULSE_OXIMETRY = {
  system: loinc,
  code: '8889-8',
  display: 'Heart rate by Pulse oximetry',
} as const;
/** SNOMED CT 364075005 Heart rate. @example `SNOMED_HEART_RATE.code // '364075005'` */
export const SNOMED_HEART_RATE = { system: snomed, code: '364075005', display: 'Heart rate' } as const;
/** LOINC 68999-2 Heart rate --supine (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_HEART_RATE_SUPINE.code // '68999-2'` */
export const LOINC_HEART_RATE_SUPINE = { system: loinc, code: '68999-2', display: 'Heart rate --supine' } as const;
/** LOINC 69000-8 Heart rate --sitting (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_HEART_RATE_SITTING.code // '69000-8'` */
export const LOINC_HEART_RATE_SITTING = { system: loinc, code: '69000-8', display: 'Heart rate --sitting' } as const;
/** LOINC 69001-6 Heart rate --standing (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_HEART_RATE_STANDING.code // '69001-6'` */
export const LOINC_HEART_RATE_STANDING = { system: loinc, code: '69001-6', display: 'Heart rate --standing' } as const;
/** LOINC 11328-2 Heart rate at First encounter (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_HEART_RATE_FIRST_ENCOUNTER.code // '11328-2'` */
export const LOINC_HEART_RATE_FIRST_ENCOUNTER = {
  system: loinc,
  code: '11328-2',
  display: 'Heart rate at First encounter',
} as const;
/** LOINC 8480-6 Systolic blood pressure. @example `LOINC_SYSTOLIC_BP.code // '8480-6'` */
export const LOINC_SYSTOLIC_BP = { system: loinc, code: '8480-6', display: 'Systolic blood pressure' } as const;
/** SNOMED CT 271649006 Systolic blood pressure. @example `SNOMED_SYSTOLIC_BP.code // '271649006'` */
export const SNOMED_SYSTOLIC_BP = { system: snomed, code: '271649006', display: 'Systolic blood pressure' } as const;
/** LOINC 8459-0 Systolic blood pressure--sitting (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_SYSTOLIC_BP_SITTING.code // '8459-0'` */
export const LOINC_SYSTOLIC_BP_SITTING = {
  system: loinc,
  code: '8459-0',
  display: 'Systolic blood pressure--sitting',
} as const;
/** LOINC 8460-8 Systolic blood pressure--standing (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_SYSTOLIC_BP_STANDING.code // '8460-8'` */
export const LOINC_SYSTOLIC_BP_STANDING = {
  system: loinc,
  code: '8460-8',
  display: 'Systolic blood pressure--standing',
} as const;
/** LOINC 8461-6 Systolic blood pressure--supine (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_SYSTOLIC_BP_SUPINE.code // '8461-6'` */
export const LOINC_SYSTOLIC_BP_SUPINE = {
  system: loinc,
  code: '8461-6',
  display: 'Systolic blood pressure--supine',
} as const;
/** LOINC 11378-7 Systolic blood pressure at First encounter (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_SYSTOLIC_BP_FIRST_ENCOUNTER.code // '11378-7'` */
export const LOINC_SYSTOLIC_BP_FIRST_ENCOUNTER = {
  system: loinc,
  code: '11378-7',
  display: 'Systolic blood pressure at First encounter',
} as const;
/** LOINC 89268-7 Systolic blood pressure--lying in L-lateral position (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_SYSTOLIC_BP_LEFT_LATERAL.code // '89268-7'` */
export const LOINC_SYSTOLIC_BP_LEFT_LATERAL = {
  system: loinc,
  code: '89268-7',
  display: 'Systolic blood pressure--lying in L-lateral position',
} as const;
/** LOINC 8462-4 Diastolic blood pressure. @example `LOINC_DIASTOLIC_BP.code // '8462-4'` */
export const LOINC_DIASTOLIC_BP = { system: loinc, code: '8462-4', display: 'Diastolic blood pressure' } as const;
/** SNOMED CT 271650006 Diastolic blood pressure. @example `SNOMED_DIASTOLIC_BP.code // '271650006'` */
export const SNOMED_DIASTOLIC_BP = { system: snomed, code: '271650006', display: 'Diastolic blood pressure' } as const;
/** LOINC 8453-3 Diastolic blood pressure--sitting (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_DIASTOLIC_BP_SITTING.code // '8453-3'` */
export const LOINC_DIASTOLIC_BP_SITTING = {
  system: loinc,
  code: '8453-3',
  display: 'Diastolic blood pressure--sitting',
} as const;
/** LOINC 8454-1 Diastolic blood pressure--standing (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_DIASTOLIC_BP_STANDING.code // '8454-1'` */
export const LOINC_DIASTOLIC_BP_STANDING = {
  system: loinc,
  code: '8454-1',
  display: 'Diastolic blood pressure--standing',
} as const;
/** LOINC 8455-8 Diastolic blood pressure--supine (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_DIASTOLIC_BP_SUPINE.code // '8455-8'` */
export const LOINC_DIASTOLIC_BP_SUPINE = {
  system: loinc,
  code: '8455-8',
  display: 'Diastolic blood pressure--supine',
} as const;
/** LOINC 85354-9 Blood pressure panel (US Core / FHIR vital signs profile). @example `LOINC_BP_PANEL.code // '85354-9'` */
export const LOINC_BP_PANEL = {
  system: loinc,
  code: '85354-9',
  display: 'Blood pressure panel with all children optional',
} as const;
/** LOINC 55284-4 Blood pressure systolic and diastolic (older panel, used by Synthea). @example `LOINC_BP_PANEL_LEGACY.code // '55284-4'` */
export const LOINC_BP_PANEL_LEGACY = {
  system: loinc,
  code: '55284-4',
  display: 'Blood pressure systolic and diastolic',
} as const;
/** LOINC 8310-5 Body temperature. @example `LOINC_BODY_TEMPERATURE.code // '8310-5'` */
export const LOINC_BODY_TEMPERATURE = { system: loinc, code: '8310-5', display: 'Body temperature' } as const;
/** LOINC 8331-1 Oral temperature. @example `LOINC_ORAL_TEMPERATURE.code // '8331-1'` */
export const LOINC_ORAL_TEMPERATURE = { system: loinc, code: '8331-1', display: 'Oral temperature' } as const;
/** LOINC 8332-9 Rectal temperature. @example `LOINC_RECTAL_TEMPERATURE.code // '8332-9'` */
export const LOINC_RECTAL_TEMPERATURE = { system: loinc, code: '8332-9', display: 'Rectal temperature' } as const;
/** LOINC 8333-7 Tympanic membrane temperature. @example `LOINC_TYMPANIC_TEMPERATURE.code // '8333-7'` */
export const LOINC_TYMPANIC_TEMPERATURE = {
  system: loinc,
  code: '8333-7',
  display: 'Tympanic membrane temperature',
} as const;
/** LOINC 8328-7 Axillary temperature. @example `LOINC_AXILLARY_TEMPERATURE.code // '8328-7'` */
export const LOINC_AXILLARY_TEMPERATURE = { system: loinc, code: '8328-7', display: 'Axillary temperature' } as const;
/** SNOMED CT 386725007 Body temperature. @example `SNOMED_BODY_TEMPERATURE.code // '386725007'` */
export const SNOMED_BODY_TEMPERATURE = { system: snomed, code: '386725007', display: 'Body temperature' } as const;
/** LOINC 75539-7 Body temperature - Temporal artery (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_TEMPORAL_ARTERY_TEMPERATURE.code // '75539-7'` */
export const LOINC_TEMPORAL_ARTERY_TEMPERATURE = {
  system: loinc,
  code: '75539-7',
  display: 'Body temperature - Temporal artery',
} as const;
/** LOINC 76011-6 Ear temperature (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_EAR_TEMPERATURE.code // '76011-6'` */
export const LOINC_EAR_TEMPERATURE = { system: loinc, code: '76011-6', display: 'Ear temperature' } as const;
/** LOINC 76010-8 Nasal temperature (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_NASAL_TEMPERATURE.code // '76010-8'` */
export const LOINC_NASAL_TEMPERATURE = { system: loinc, code: '76010-8', display: 'Nasal temperature' } as const;
/** LOINC 8329-5 Body temperature - Core (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_CORE_TEMPERATURE.code // '8329-5'` */
export const LOINC_CORE_TEMPERATURE = { system: loinc, code: '8329-5', display: 'Body temperature - Core' } as const;
/** LOINC 8330-3 Body temperature - Intravascular (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_INTRAVASCULAR_TEMPERATURE.code // '8330-3'` */
export const LOINC_INTRAVASCULAR_TEMPERATURE = {
  system: loinc,
  code: '8330-3',
  display: 'Body temperature - Intravascular',
} as const;
/** LOINC 8334-5 Body temperature - Urinary bladder (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_BLADDER_TEMPERATURE.code // '8334-5'` */
export const LOINC_BLADDER_TEMPERATURE = {
  system: loinc,
  code: '8334-5',
  display: 'Body temperature - Urinary bladder',
} as const;
/** LOINC 60836-4 Esophageal temperature (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_ESOPHAGEAL_TEMPERATURE.code // '60836-4'` */
export const LOINC_ESOPHAGEAL_TEMPERATURE = {
  system: loinc,
  code: '60836-4',
  display: 'Esophageal temperature',
} as const;
/** LOINC 60838-0 Nasopharyngeal temperature (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_NASOPHARYNGEAL_TEMPERATURE.code // '60838-0'` */
export const LOINC_NASOPHARYNGEAL_TEMPERATURE = {
  system: loinc,
  code: '60838-0',
  display: 'Nasopharyngeal temperature',
} as const;
/** LOINC 11289-6 Body temperature at First encounter (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_TEMPERATURE_FIRST_ENCOUNTER.code // '11289-6'` */
export const LOINC_TEMPERATURE_FIRST_ENCOUNTER = {
  system: loinc,
  code: '11289-6',
  display: 'Body temperature at First encounter',
} as const;
/** LOINC 59408-5 Oxygen saturation in Arterial blood by Pulse oximetry. @example `LOINC_SPO2_PULSE_OXIMETRY.code // '59408-5'` */
export const LOINC_SPO2_PULSE_OXIMETRY = {
  system: loinc,
  code: '59408-5',
  display: 'Oxygen saturation in Arterial blood by Pulse oximetry',
} as const;
/** LOINC 2708-6 Oxygen saturation in Arterial blood. @example `LOINC_OXYGEN_SATURATION_ARTERIAL.code // '2708-6'` */
export const LOINC_OXYGEN_SATURATION_ARTERIAL = {
  system: loinc,
  code: '2708-6',
  display: 'Oxygen saturation in Arterial blood',
} as const;
/** LOINC 20564-1 Oxygen saturation in Blood. @example `LOINC_OXYGEN_SATURATION_BLOOD.code // '20564-1'` */
export const LOINC_OXYGEN_SATURATION_BLOOD = {
  system: loinc,
  code: '20564-1',
  display: 'Oxygen saturation in Blood',
} as const;
/** SNOMED CT 431314004 Peripheral oxygen saturation. @example `SNOMED_SPO2.code // '431314004'` */
export const SNOMED_SPO2 = { system: snomed, code: '431314004', display: 'Peripheral oxygen saturation' } as const;
/** LOINC 59410-1 Oxygen saturation in Arterial blood by Pulse oximetry --on room air (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_SPO2_PULSE_OXIMETRY_ROOM_AIR.code // '59410-1'` */
export const LOINC_SPO2_PULSE_OXIMETRY_ROOM_AIR = {
  system: loinc,
  code: '59410-1',
  display: 'Oxygen saturation in Arterial blood by Pulse oximetry --on room air',
} as const;
/** LOINC 59417-6 Oxygen saturation in Arterial blood by Pulse oximetry --resting (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_SPO2_PULSE_OXIMETRY_RESTING.code // '59417-6'` */
export const LOINC_SPO2_PULSE_OXIMETRY_RESTING = {
  system: loinc,
  code: '59417-6',
  display: 'Oxygen saturation in Arterial blood by Pulse oximetry --resting',
} as const;
/** LOINC 2710-2 Oxygen saturation in Capillary blood by Oximetry (VSAC vital-sign value sets, eCQM 2025). @example `LOINC_OXYGEN_SATURATION_CAPILLARY_OXIMETRY.code // '2710-2'` */
export const LOINC_OXYGEN_SATURATION_CAPILLARY_OXIMETRY = {
  system: loinc,
  code: '2710-2',
  display: 'Oxygen saturation in Capillary blood by Oximetry',
} as const;
/** LOINC 3151-8 Inhaled oxygen flow rate. @example `LOINC_INHALED_OXYGEN_FLOW.code // '3151-8'` */
export const LOINC_INHALED_OXYGEN_FLOW = {
  system: loinc,
  code: '3151-8',
  display: 'Inhaled oxygen flow rate',
} as const;
/** LOINC 3150-0 Inhaled oxygen concentration (FiO2). @example `LOINC_INHALED_OXYGEN_CONCENTRATION.code // '3150-0'` */
export const LOINC_INHALED_OXYGEN_CONCENTRATION = {
  system: loinc,
  code: '3150-0',
  display: 'Inhaled oxygen concentration',
} as const;
/** LOINC 29463-7 Body weight. @example `LOINC_BODY_WEIGHT.code // '29463-7'` */
export const LOINC_BODY_WEIGHT = { system: loinc, code: '29463-7', display: 'Body weight' } as const;
/** LOINC 3141-9 Body weight Measured. @example `LOINC_BODY_WEIGHT_MEASURED.code // '3141-9'` */
export const LOINC_BODY_WEIGHT_MEASURED = { system: loinc, code: '3141-9', display: 'Body weight Measured' } as const;
/** SNOMED CT 27113001 Body weight. @example `SNOMED_BODY_WEIGHT.code // '27113001'` */
export const SNOMED_BODY_WEIGHT = { system: snomed, code: '27113001', display: 'Body weight' } as const;
/** LOINC 8302-2 Body height. @example `LOINC_BODY_HEIGHT.code // '8302-2'` */
export const LOINC_BODY_HEIGHT = { system: loinc, code: '8302-2', display: 'Body height' } as const;
/** LOINC 8306-3 Body height --lying (length). @example `LOINC_BODY_LENGTH.code // '8306-3'` */
export const LOINC_BODY_LENGTH = { system: loinc, code: '8306-3', display: 'Body height --lying' } as const;
/** SNOMED CT 50373000 Body height measure. @example `SNOMED_BODY_HEIGHT.code // '50373000'` */
export const SNOMED_BODY_HEIGHT = { system: snomed, code: '50373000', display: 'Body height measure' } as const;
/** LOINC 39156-5 Body mass index (BMI). @example `LOINC_BMI.code // '39156-5'` */
export const LOINC_BMI = { system: loinc, code: '39156-5', display: 'Body mass index (BMI) [Ratio]' } as const;
