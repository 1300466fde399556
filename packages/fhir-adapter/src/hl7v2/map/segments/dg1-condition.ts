/**
 * DG1 -> Condition (IG DG1[Condition]): DG1-3 code (DG1-4 its text), DG1-5
 * onset, DG1-19 recorded date, DG1-21 = D entered in error; category
 * encounter-diagnosis, linked to the visit's Encounter.
 *
 * @module
 */
import type { Condition } from '@medplum/fhirtypes';
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { CONDITION_CATEGORY_ENCOUNTER_DIAGNOSIS, CONDITION_ENTERED_IN_ERROR } from '../codings.js';
import type { MappingContext } from '../context.js';
import { codingSystemUri } from '../datatypes/coding-systems.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { stableResourceId } from '../ids.js';

/**
 * The DG1 fields Meridian maps; checked against `DG1[Condition].csv`.
 *
 * @example
 * ```ts
 * DG1_FIELD_TARGETS['DG1-3']; // 'code'
 * ```
 */
export const DG1_FIELD_TARGETS = {
  'DG1-3': 'code',
  'DG1-4': 'code',
  'DG1-5': 'onsetDateTime',
  'DG1-19': 'recordedDate',
  'DG1-21': 'verificationStatus',
} as const;

/**
 * Maps DG1 to a Condition of `patient` (and `encounter` when known), keyed by
 * the patient, the encounter and the diagnosis code. Throws `Hl7MappingError`
 * (AE) when neither DG1-3 nor DG1-4 is valued.
 *
 * @example
 * ```ts
 * mapDg1ToCondition(dg1, 'Patient/abc', 'Encounter/def', context).code?.coding?.[0]?.code;
 * ```
 */
export function mapDg1ToCondition(
  dg1: Hl7Segment,
  patient: string,
  encounter: string | undefined,
  context: MappingContext,
): Condition {
  const rep = repetitionsOf(dg1, 3)[0];
  let code = toCodeableConcept(rep);
  // v2.1-2.4 name the coding method in DG1-2 when DG1-3 carries none.
  const legacySystem = codingSystemUri(valueOf(dg1, 2));
  if (code?.coding?.[0] && code.coding[0].system === undefined && legacySystem !== undefined)
    code.coding[0].system = legacySystem;
  const description = valueOf(dg1, 4);
  if (description !== '') code = { ...code, text: description };
  if (code === undefined) {
    throw new Hl7MappingError(
      'missing-field',
      'DG1-3 (diagnosis code) is empty',
      HL7_ERROR_CODES.requiredFieldMissing,
      {
        segment: 'DG1',
        sequence: dg1.sequence,
        field: 3,
      },
    );
  }
  const condition: Condition = {
    resourceType: 'Condition',
    id: stableResourceId(
      'Condition',
      patient,
      encounter ?? '',
      componentOf(rep, 3),
      componentOf(rep, 1) || description,
    ),
    category: [{ coding: [CONDITION_CATEGORY_ENCOUNTER_DIAGNOSIS] }],
    code,
    subject: { reference: patient },
  };
  if (encounter !== undefined) condition.encounter = { reference: encounter };
  const onset = toFhirDateTime(valueOf(dg1, 5), context.defaultOffset);
  if (onset !== undefined) condition.onsetDateTime = onset;
  const recorded = toFhirDateTime(valueOf(dg1, 19), context.defaultOffset);
  if (recorded !== undefined) condition.recordedDate = recorded;
  if (valueOf(dg1, 21).toUpperCase() === 'D') condition.verificationStatus = { coding: [CONDITION_ENTERED_IN_ERROR] };
  return condition;
}
