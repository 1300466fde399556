/**
 * Smoking-status answers as concepts: the US Core SNOMED CT answers, the LOINC
 * answer codes (LA18976-3 …) and the VSAC tobacco sets, minus the codes that
 * do not say whether the patient smokes cigarettes now.
 *
 * @module
 */
import { VSAC } from '../../terminology/vsac-ids.js';
import { defineConcept } from './define-concept.js';

/** Smoking-status values meaning "current (cigarette) smoker" (PCE). @example `CURRENT_SMOKER.match(codes)` */
export const CURRENT_SMOKER = defineConcept(
  'current-smoker',
  'Current smoker',
  [VSAC.currentTobaccoSmoker, VSAC.tobaccoUser, VSAC.smokingStatus, 'meridian-current-smoker'],
  ['pce-ascvd.currentSmoker'],
);

/** Smoking-status values meaning "not a current smoker". "Smoker, current status unknown" is in neither concept. @example `NOT_CURRENT_SMOKER.match(codes)` */
export const NOT_CURRENT_SMOKER = defineConcept(
  'not-current-smoker',
  'Former or never smoker',
  [VSAC.tobaccoNonUser, 'meridian-not-current-smoker'],
  ['pce-ascvd.currentSmoker:not-current'],
);
