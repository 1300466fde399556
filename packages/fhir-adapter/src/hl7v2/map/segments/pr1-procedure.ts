/**
 * PR1 -> Procedure (IG PR1[Procedure]): PR1-3 code (PR1-4 its text), PR1-5
 * performedDateTime, PR1-6 category, PR1-8 anesthesiologist and PR1-11
 * surgeon as performers (with the IG's SNOMED CT functions), PR1-15 reason,
 * PR1-19 identifier. The status is `unknown`: the IG leaves it to the
 * message's context, and an ADT's PR1 does not say whether the procedure is
 * done. The id is deterministic (PR1-19, else the patient, code and time).
 *
 * @module
 */
import type { Procedure, ProcedurePerformer } from '@medplum/fhirtypes';
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { addResource, type MappingContext } from '../context.js';
import { authorityOf, eiIdentifier } from '../datatypes/cx.js';
import { textConcept, toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { toPractitioner } from '../datatypes/xcn.js';
import { stableResourceId } from '../ids.js';

/**
 * The PR1 fields Meridian maps; checked against `PR1[Procedure].csv`.
 *
 * @example
 * ```ts
 * PR1_FIELD_TARGETS['PR1-11']; // 'performer'
 * ```
 */
export const PR1_FIELD_TARGETS = {
  'PR1-3': 'code',
  'PR1-5': 'performedDateTime',
  'PR1-6': 'category',
  'PR1-8': 'performer',
  'PR1-11': 'performer',
  'PR1-15': 'reasonCode',
  'PR1-19': 'identifier',
} as const;

const SNOMED = 'http://snomed.info/sct';
const FUNCTIONS = {
  8: { code: '88189002', display: 'Anesthesiologist' },
  11: { code: '304292004', display: 'Surgeon' },
} as const;

/**
 * Maps a PR1 to a Procedure of `patient`. Throws `Hl7MappingError` (AE) when
 * PR1-3 and PR1-4 are both empty.
 *
 * @example
 * ```ts
 * mapPr1ToProcedure(pr1, 'Patient/abc', 'Encounter/def', context).code?.coding?.[0]?.code;
 * ```
 */
export function mapPr1ToProcedure(
  pr1: Hl7Segment,
  patient: string,
  encounter: string | undefined,
  context: MappingContext,
): Procedure {
  const rep = repetitionsOf(pr1, 3)[0];
  const description = valueOf(pr1, 4);
  let code = toCodeableConcept(rep);
  if (description !== '') code = { ...(code ?? textConcept(description)), text: description };
  if (code === undefined) {
    throw new Hl7MappingError(
      'missing-field',
      'PR1-3 (procedure code) is empty',
      HL7_ERROR_CODES.requiredFieldMissing,
      { segment: 'PR1', sequence: pr1.sequence, field: 3 },
    );
  }
  const identifier = eiIdentifier(repetitionsOf(pr1, 19)[0]);
  const id = identifier
    ? stableResourceId('Procedure', 'id', authorityOf(identifier), identifier.value ?? '')
    : stableResourceId('Procedure', patient, componentOf(rep, 3), componentOf(rep, 1) || description, valueOf(pr1, 5));
  const procedure: Procedure = {
    resourceType: 'Procedure',
    id,
    status: 'unknown',
    code,
    subject: { reference: patient },
  };
  if (identifier) procedure.identifier = [identifier];
  if (encounter !== undefined) procedure.encounter = { reference: encounter };
  const performed = toFhirDateTime(valueOf(pr1, 5), context.defaultOffset);
  if (performed) procedure.performedDateTime = performed;
  const category = toCodeableConcept(repetitionsOf(pr1, 6)[0]);
  if (category) procedure.category = category;
  const performers: ProcedurePerformer[] = ([8, 11] as const).flatMap((field) =>
    repetitionsOf(pr1, field).flatMap((r) => {
      const practitioner = toPractitioner(r);
      return practitioner
        ? [
            {
              function: { coding: [{ system: SNOMED, ...FUNCTIONS[field] }] },
              actor: { reference: addResource(context, practitioner) },
            },
          ]
        : [];
    }),
  );
  if (performers.length) procedure.performer = performers;
  const reason = toCodeableConcept(repetitionsOf(pr1, 15)[0]);
  if (reason) procedure.reasonCode = [reason];
  return procedure;
}
