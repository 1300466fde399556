/**
 * Codings of coded findings and of their answers, one named constant each.
 *
 * @module
 */
import { CODE_SYSTEMS } from './code-systems.js';

const { loinc, snomed, v2YesNo } = CODE_SYSTEMS;

/** LOINC 67775-7 Level of responsiveness (ACVPU / AVPU). @example `LOINC_LEVEL_OF_RESPONSIVENESS.code // '67775-7'` */
export const LOINC_LEVEL_OF_RESPONSIVENESS = {
  system: loinc,
  code: '67775-7',
  display: 'Level of responsiveness',
} as const;
/** LOINC 80288-4 Level of consciousness. @example `LOINC_LEVEL_OF_CONSCIOUSNESS.code // '80288-4'` */
export const LOINC_LEVEL_OF_CONSCIOUSNESS = {
  system: loinc,
  code: '80288-4',
  display: 'Level of consciousness',
} as const;
/** SNOMED CT 248234008 Mentally alert (ACVPU "A"). @example `SNOMED_ALERT.code // '248234008'` */
export const SNOMED_ALERT = { system: snomed, code: '248234008', display: 'Mentally alert' } as const;
/** SNOMED CT 130987000 Acute confusion (ACVPU "C", new confusion). @example `SNOMED_ACUTE_CONFUSION.code // '130987000'` */
export const SNOMED_ACUTE_CONFUSION = { system: snomed, code: '130987000', display: 'Acute confusion' } as const;
/** SNOMED CT 300202002 Responds to voice (ACVPU "V"). @example `SNOMED_RESPONDS_TO_VOICE.code // '300202002'` */
export const SNOMED_RESPONDS_TO_VOICE = { system: snomed, code: '300202002', display: 'Responds to voice' } as const;
/** SNOMED CT 450847001 Responds to pain (ACVPU "P"). @example `SNOMED_RESPONDS_TO_PAIN.code // '450847001'` */
export const SNOMED_RESPONDS_TO_PAIN = { system: snomed, code: '450847001', display: 'Responds to pain' } as const;
/** SNOMED CT 422768004 Unresponsive (ACVPU "U"). @example `SNOMED_UNRESPONSIVE.code // '422768004'` */
export const SNOMED_UNRESPONSIVE = { system: snomed, code: '422768004', display: 'Unresponsive' } as const;
/** LOINC answer LA9340-6 Alert (ACVPU "A", answer list of 67775-7). @example `LOINC_ANSWER_ALERT.code // 'LA9340-6'` */
export const LOINC_ANSWER_ALERT = { system: loinc, code: 'LA9340-6', display: 'Alert' } as const;
/** LOINC answer LA6560-2 Confused (ACVPU "C"). @example `LOINC_ANSWER_CONFUSED.code // 'LA6560-2'` */
export const LOINC_ANSWER_CONFUSED = { system: loinc, code: 'LA6560-2', display: 'Confused' } as const;
/** LOINC answer LA17108-4 Verbal (ACVPU "V"). @example `LOINC_ANSWER_VERBAL.code // 'LA17108-4'` */
export const LOINC_ANSWER_VERBAL = { system: loinc, code: 'LA17108-4', display: 'Verbal' } as const;
/** LOINC answer LA17107-6 Painful (ACVPU "P"). @example `LOINC_ANSWER_PAINFUL.code // 'LA17107-6'` */
export const LOINC_ANSWER_PAINFUL = { system: loinc, code: 'LA17107-6', display: 'Painful' } as const;
/** LOINC answer LA9343-0 Unresponsive (ACVPU "U"). @example `LOINC_ANSWER_UNRESPONSIVE.code // 'LA9343-0'` */
export const LOINC_ANSWER_UNRESPONSIVE = { system: loinc, code: 'LA9343-0', display: 'Unresponsive' } as const;
/** LOINC 72166-2 Tobacco smoking status. @example `LOINC_SMOKING_STATUS.code // '72166-2'` */
export const LOINC_SMOKING_STATUS = { system: loinc, code: '72166-2', display: 'Tobacco smoking status' } as const;
/** SNOMED CT 449868002 Smokes tobacco daily. @example `SNOMED_DAILY_SMOKER.code // '449868002'` */
export const SNOMED_DAILY_SMOKER = { system: snomed, code: '449868002', display: 'Smokes tobacco daily' } as const;
/** SNOMED CT 428041000124106 Occasional tobacco smoker. @example `SNOMED_OCCASIONAL_SMOKER.code // '428041000124106'` */
export const SNOMED_OCCASIONAL_SMOKER = {
  system: snomed,
  code: '428041000124106',
  display: 'Occasional tobacco smoker',
} as const;
/** SNOMED CT 8517006 Ex-smoker. @example `SNOMED_EX_SMOKER.code // '8517006'` */
export const SNOMED_EX_SMOKER = { system: snomed, code: '8517006', display: 'Ex-smoker' } as const;
/** SNOMED CT 266919005 Never smoked tobacco. @example `SNOMED_NEVER_SMOKER.code // '266919005'` */
export const SNOMED_NEVER_SMOKER = { system: snomed, code: '266919005', display: 'Never smoked tobacco' } as const;
/** SNOMED CT 57485005 Oxygen therapy. @example `SNOMED_OXYGEN_THERAPY.code // '57485005'` */
export const SNOMED_OXYGEN_THERAPY = { system: snomed, code: '57485005', display: 'Oxygen therapy' } as const;
/** LOINC 82810-3 Pregnancy status. @example `LOINC_PREGNANCY_STATUS.code // '82810-3'` */
export const LOINC_PREGNANCY_STATUS = { system: loinc, code: '82810-3', display: 'Pregnancy status' } as const;
/** SNOMED CT 77386006 Pregnant. @example `SNOMED_PREGNANT.code // '77386006'` */
export const SNOMED_PREGNANT = { system: snomed, code: '77386006', display: 'Pregnant' } as const;
/** SNOMED CT 60001007 Not pregnant. @example `SNOMED_NOT_PREGNANT.code // '60001007'` */
export const SNOMED_NOT_PREGNANT = { system: snomed, code: '60001007', display: 'Not pregnant' } as const;
/** SNOMED CT 373066001 Yes. @example `SNOMED_YES.code // '373066001'` */
export const SNOMED_YES = { system: snomed, code: '373066001', display: 'Yes' } as const;
/** SNOMED CT 373067005 No. @example `SNOMED_NO.code // '373067005'` */
export const SNOMED_NO = { system: snomed, code: '373067005', display: 'No' } as const;
/** HL7 v2-0136 Y. @example `V2_YES.code // 'Y'` */
export const V2_YES = { system: v2YesNo, code: 'Y', display: 'Yes' } as const;
/** HL7 v2-0136 N. @example `V2_NO.code // 'N'` */
export const V2_NO = { system: v2YesNo, code: 'N', display: 'No' } as const;
