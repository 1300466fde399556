/**
 * AL1 -> AllergyIntolerance (IG AL1[AllergyIntolerance]): clinical status
 * active, AL1-2 category and type, AL1-3 code, AL1-4 criticality, AL1-5
 * reaction manifestations (text), AL1-6 onset.
 *
 * @module
 */
import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { ALLERGY_CLINICAL_ACTIVE } from '../codings.js';
import type { MappingContext } from '../context.js';
import { textConcept, toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { stableResourceId } from '../ids.js';
import { mapV2Code } from '../vocabulary.js';

/**
 * The AL1 fields Meridian maps; checked against `AL1[AllergyIntolerance].csv`.
 *
 * @example
 * ```ts
 * AL1_FIELD_TARGETS['AL1-3']; // 'code'
 * ```
 */
export const AL1_FIELD_TARGETS = {
  'AL1-2': 'category',
  'AL1-3': 'code',
  'AL1-4': 'criticality',
  'AL1-5': 'reaction',
  'AL1-6': 'onsetDateTime',
} as const;

/**
 * Maps AL1 to an AllergyIntolerance of `patient`, keyed by the patient and
 * the allergen, so a resent allergy updates the same resource. Throws
 * `Hl7MappingError` (AE) when AL1-3 is empty.
 *
 * @example
 * ```ts
 * mapAl1ToAllergy(al1, 'Patient/abc', context).code?.text;
 * ```
 */
export function mapAl1ToAllergy(al1: Hl7Segment, patient: string, context: MappingContext): AllergyIntolerance {
  const allergen = repetitionsOf(al1, 3)[0];
  const code = toCodeableConcept(allergen);
  if (code === undefined) {
    throw new Hl7MappingError('missing-field', 'AL1-3 (allergen) is empty', HL7_ERROR_CODES.requiredFieldMissing, {
      segment: 'AL1',
      sequence: al1.sequence,
      field: 3,
    });
  }
  const key = `${componentOf(allergen, 3)}|${componentOf(allergen, 1) || componentOf(allergen, 2)}`;
  const allergy: AllergyIntolerance = {
    resourceType: 'AllergyIntolerance',
    id: stableResourceId('AllergyIntolerance', patient, key),
    clinicalStatus: { coding: [ALLERGY_CLINICAL_ACTIVE] },
    patient: { reference: patient },
    code,
  };
  const type = valueOf(al1, 2).toUpperCase();
  const category = mapV2Code('AllergenType[AllergyIntoleranceCategory]', type);
  if (category !== undefined) allergy.category = [category as NonNullable<AllergyIntolerance['category']>[number]];
  const allergyType = mapV2Code('AllergyType', type);
  if (allergyType !== undefined) allergy.type = allergyType as AllergyIntolerance['type'];
  const criticality = mapV2Code('AllergySeverity[AllergyIntolerance.criticality]', valueOf(al1, 4).toUpperCase());
  if (criticality !== undefined) allergy.criticality = criticality as AllergyIntolerance['criticality'];
  const manifestation = repetitionsOf(al1, 5)
    .map((rep) => textConcept(componentOf(rep, 1)))
    .filter((m) => m !== undefined);
  if (manifestation.length) allergy.reaction = [{ manifestation }];
  const onset = toFhirDateTime(valueOf(al1, 6), context.defaultOffset);
  if (onset !== undefined) allergy.onsetDateTime = onset;
  return allergy;
}
