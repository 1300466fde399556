/**
 * ADT -> FHIR (IG ADT_A01/A02/A11 message maps; A03, A04, A08 and A13 share
 * the ADT_A01 structure, A28/A31 the ADT_A05 one): PID Patient, PV1
 * Encounter, AL1 AllergyIntolerance, DG1 Condition, OBX Observation. A28 and
 * A31 concern the person only (no Encounter); A40 merges (MRG-1 names the
 * retired record).
 *
 * @module
 */
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { repetitionsOf, segmentsNamed, valueOf, type Hl7Message } from '../../parse/message-tree.js';
import { OBSERVATION_CATEGORY_EXAM } from '../codings.js';
import { addResource, warn, type MappingContext } from '../context.js';
import { authorityOf, toIdentifier } from '../datatypes/cx.js';
import { stableResourceId } from '../ids.js';
import { mapAl1ToAllergy } from '../segments/al1-allergy.js';
import { mapDg1ToCondition } from '../segments/dg1-condition.js';
import { mapObxToObservation } from '../segments/obx-observation.js';
import { mapIn1ToCoverage } from '../segments/in1-coverage.js';
import { mapNk1ToContact } from '../segments/nk1-contact.js';
import { mapPidToPatient } from '../segments/pid-patient.js';
import { applyPv2ToEncounter } from '../segments/pv2-encounter.js';
import { mapPr1ToProcedure } from '../segments/pr1-procedure.js';
import { mapPv1ToEncounter } from '../segments/pv1-encounter.js';
import { transactionOf, type Hl7MappingResult } from './mapping-result.js';

/**
 * ADT trigger events Meridian maps.
 *
 * @example
 * ```ts
 * SUPPORTED_ADT_EVENTS.includes('A08'); // true
 * ```
 */
export const SUPPORTED_ADT_EVENTS = ['A01', 'A02', 'A03', 'A04', 'A08', 'A11', 'A13', 'A28', 'A31', 'A40'] as const;
const PERSON_ONLY = new Set(['A28', 'A31', 'A40']);

function retiredPatient(message: Hl7Message, context: MappingContext): string {
  const mrg = segmentsNamed(message, 'MRG')[0];
  const identifiers = repetitionsOf(mrg, 1)
    .map((rep) => toIdentifier(rep, context.defaultOffset))
    .filter((i) => i !== undefined);
  const key = identifiers.find((i) => i.type?.coding?.[0]?.code === 'MR') ?? identifiers[0];
  if (mrg === undefined || key === undefined) {
    throw new Hl7MappingError(
      'missing-field',
      'A40 needs MRG-1 (prior patient identifier list)',
      HL7_ERROR_CODES.requiredFieldMissing,
      {
        segment: 'MRG',
        sequence: 1,
        field: 1,
      },
    );
  }
  return `Patient/${stableResourceId('Patient', authorityOf(key), key.value ?? '')}`;
}

/**
 * Maps an ADT message (header already read) to a transaction.
 *
 * @example
 * ```ts
 * const result = mapAdtMessage(message, context);
 * result.bundle.entry.map((e) => e.request?.url);
 * ```
 */
export function mapAdtMessage(message: Hl7Message, context: MappingContext): Hl7MappingResult {
  const trigger = context.header.triggerEvent;
  if (!(SUPPORTED_ADT_EVENTS as readonly string[]).includes(trigger)) {
    throw new Hl7MappingError(
      'unsupported-event',
      `ADT^${trigger.slice(0, 3)} is not a supported trigger event`,
      HL7_ERROR_CODES.unsupportedEventCode,
      {
        segment: 'MSH',
        sequence: 1,
        field: 9,
      },
    );
  }
  const pid = segmentsNamed(message, 'PID')[0];
  if (pid === undefined)
    throw new Hl7MappingError(
      'missing-segment',
      'the message has no PID segment',
      HL7_ERROR_CODES.segmentSequenceError,
      { segment: 'PID' },
    );
  const patient = mapPidToPatient(pid, context);
  const patientRef = `Patient/${patient.id}`;
  let merge: Hl7MappingResult['merge'];
  if (trigger === 'A40') {
    const retired = retiredPatient(message, context);
    if (retired === patientRef)
      throw new Hl7MappingError(
        'invalid-value',
        'MRG-1 names the surviving patient itself',
        HL7_ERROR_CODES.dataTypeError,
        { segment: 'MRG', sequence: 1, field: 1 },
      );
    patient.link = [{ other: { reference: retired }, type: 'replaces' }];
    merge = { survivor: patientRef, retired };
  }
  const contacts = segmentsNamed(message, 'NK1').flatMap((nk1) => mapNk1ToContact(nk1, context) ?? []);
  if (contacts.length) patient.contact = [...(patient.contact ?? []), ...contacts];
  addResource(context, patient);
  let encounterRef: string | undefined;
  const pv1 = segmentsNamed(message, 'PV1')[0];
  if (!PERSON_ONLY.has(trigger)) {
    if (pv1 === undefined) warn(context, { segment: 'PV1' }, 'no PV1 segment: no Encounter written');
    else {
      const encounter = mapPv1ToEncounter(pv1, patientRef, context);
      const pv2 = segmentsNamed(message, 'PV2')[0];
      if (pv2) applyPv2ToEncounter(pv2, encounter, context);
      encounterRef = addResource(context, encounter);
    }
  }
  for (const dg1 of segmentsNamed(message, 'DG1'))
    addResource(context, mapDg1ToCondition(dg1, patientRef, encounterRef, context));
  for (const al1 of segmentsNamed(message, 'AL1')) addResource(context, mapAl1ToAllergy(al1, patientRef, context));
  for (const in1 of segmentsNamed(message, 'IN1')) addResource(context, mapIn1ToCoverage(in1, patientRef, context));
  for (const pr1 of segmentsNamed(message, 'PR1'))
    addResource(context, mapPr1ToProcedure(pr1, patientRef, encounterRef, context));
  const seen = new Map<string, number>();
  for (const obx of segmentsNamed(message, 'OBX')) {
    const key = `${valueOf(obx, 3, 3)}|${valueOf(obx, 3, 1)}|${valueOf(obx, 4)}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const id = stableResourceId('Observation', patientRef, encounterRef ?? '', key, String(occurrence));
    addResource(
      context,
      mapObxToObservation(
        obx,
        id,
        {
          patient: patientRef,
          encounter: encounterRef,
          category: [{ coding: [OBSERVATION_CATEGORY_EXAM] }],
        },
        context,
      ),
    );
  }
  return {
    header: context.header,
    bundle: transactionOf(context),
    patients: [patientRef, ...(merge ? [merge.retired] : [])],
    ...(merge ? { merge } : {}),
    warnings: context.warnings,
  };
}
