/**
 * The prefetch templates Meridian's services ask for, one constant each,
 * kept within the specification's recommended subset (reads, searches by
 * patient with token parameters, `_sort` and `_count`).
 *
 * @module
 */

/** The patient. */
export const PATIENT_TEMPLATE = 'Patient/{{context.patientId}}';
/** The newest vital signs. */
export const VITAL_SIGNS_TEMPLATE =
  'Observation?patient={{context.patientId}}&category=vital-signs&_sort=-date&_count=100';
/** The newest laboratory results. */
export const LABORATORY_TEMPLATE =
  'Observation?patient={{context.patientId}}&category=laboratory&_sort=-date&_count=100';
/** The problem list and diagnoses. */
export const CONDITIONS_TEMPLATE = 'Condition?patient={{context.patientId}}&_count=100';
/** Active medication orders. */
export const ACTIVE_MEDICATIONS_TEMPLATE = 'MedicationRequest?patient={{context.patientId}}&status=active&_count=100';
/** Allergies and intolerances. */
export const ALLERGIES_TEMPLATE = 'AllergyIntolerance?patient={{context.patientId}}&_count=100';
/** Orders of the encounter not yet fulfilled. */
export const ACTIVE_SERVICE_REQUESTS_TEMPLATE =
  'ServiceRequest?patient={{context.patientId}}&encounter={{context.encounterId}}&status=active&_count=100';
/** Reports not yet final. */
export const PENDING_REPORTS_TEMPLATE =
  'DiagnosticReport?patient={{context.patientId}}&status=registered,partial,preliminary&_count=100';
