/**
 * PID -> Patient (IG PID[Patient]). The Patient's id is deterministic from
 * its first medical record number (PID-3 with CX-5 `MR`, else the first
 * PID-3, else PID-2) and that number's assigning authority.
 *
 * @module
 */
import type { Identifier, Patient } from '@medplum/fhirtypes';
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { V2_FHIR_EXTENSIONS, V2_FHIR_SYSTEMS } from '../codings.js';
import { warn, type MappingContext } from '../context.js';
import { authorityOf, toIdentifier } from '../datatypes/cx.js';
import { toFhirDate, toFhirDateTime } from '../datatypes/datetime.js';
import { toAddress } from '../datatypes/xad.js';
import { toContactPoint } from '../datatypes/xtn.js';
import { toHumanName } from '../datatypes/xpn.js';
import { stableResourceId } from '../ids.js';
import { mapV2Code } from '../vocabulary.js';

/**
 * The PID fields Meridian maps and the Patient element each lands in (the
 * IG's FHIR attribute, without indexes); a test checks them against
 * `PID[Patient].csv`.
 *
 * @example
 * ```ts
 * PID_FIELD_TARGETS['PID-8']; // 'gender'
 * ```
 */
export const PID_FIELD_TARGETS = {
  'PID-2': 'identifier',
  'PID-3': 'identifier',
  'PID-4': 'identifier',
  'PID-5': 'name',
  'PID-6': 'extension',
  'PID-7': 'birthDate',
  'PID-8': 'gender',
  'PID-9': 'name',
  'PID-11': 'address',
  'PID-13': 'telecom',
  'PID-14': 'telecom',
  'PID-19': 'identifier',
  'PID-29': 'deceasedDateTime',
  'PID-30': 'deceasedBoolean',
} as const;

const SSN_SYSTEM = 'http://hl7.org/fhir/sid/us-ssn';

/**
 * The identifier that names the patient (and gives the Patient's id).
 * Throws `Hl7MappingError('missing-field')` (AE) when PID-2 and PID-3 are empty.
 *
 * @example
 * ```ts
 * patientKeyIdentifier(pid); // { value: 'PATID1234', type: MR, ... }
 * ```
 */
export function patientKeyIdentifier(pid: Hl7Segment, defaultOffset = 'Z'): Identifier {
  const list = repetitionsOf(pid, 3)
    .map((rep) => toIdentifier(rep, defaultOffset))
    .filter((i): i is Identifier => i !== undefined);
  const key =
    list.find((i) => i.type?.coding?.[0]?.code === 'MR') ??
    list[0] ??
    toIdentifier(repetitionsOf(pid, 2)[0], defaultOffset);
  if (key === undefined) {
    throw new Hl7MappingError(
      'missing-field',
      'PID-3 (patient identifier list) is empty',
      HL7_ERROR_CODES.requiredFieldMissing,
      {
        segment: 'PID',
        sequence: pid.sequence,
        field: 3,
      },
    );
  }
  return key;
}

/**
 * The `Patient/{id}` a PID names.
 *
 * @example
 * ```ts
 * patientReferenceOf(pid); // 'Patient/3f9c…'
 * ```
 */
export function patientReferenceOf(pid: Hl7Segment, defaultOffset = 'Z'): string {
  const key = patientKeyIdentifier(pid, defaultOffset);
  return `Patient/${stableResourceId('Patient', authorityOf(key), key.value ?? '')}`;
}

function identifiers(pid: Hl7Segment, offset: string): Identifier[] {
  const out = [2, 3, 4].flatMap((field) => repetitionsOf(pid, field).map((rep) => toIdentifier(rep, offset)));
  const ssn = valueOf(pid, 19);
  if (ssn !== '')
    out.push({
      system: SSN_SYSTEM,
      value: ssn,
      type: { coding: [{ system: V2_FHIR_SYSTEMS.identifierType, code: 'SS' }] },
    });
  return out.filter((i): i is Identifier => i !== undefined);
}

/**
 * Maps a PID segment to a Patient with its deterministic id.
 *
 * @example
 * ```ts
 * const patient = mapPidToPatient(pid, context);
 * patient.gender; // 'male'
 * ```
 */
export function mapPidToPatient(pid: Hl7Segment, context: MappingContext): Patient {
  const offset = context.defaultOffset;
  const at = { segment: 'PID', sequence: pid.sequence };
  const patient: Patient = { resourceType: 'Patient', id: patientReferenceOf(pid, offset).slice('Patient/'.length) };
  patient.identifier = identifiers(pid, offset);
  const names = [5, 9]
    .flatMap((field) => repetitionsOf(pid, field).map((rep) => toHumanName(rep, 1, offset)))
    .filter((n) => n !== undefined);
  if (names.length) patient.name = names;
  const mothersMaidenName = repetitionsOf(pid, 6)[0];
  if (componentOf(mothersMaidenName, 1) !== '') {
    patient.extension = [{ url: V2_FHIR_EXTENSIONS.mothersMaidenName, valueString: componentOf(mothersMaidenName, 1) }];
  }
  const telecom = [
    ...repetitionsOf(pid, 13).map((rep) => toContactPoint(rep, 'home')),
    ...repetitionsOf(pid, 14).map((rep) => toContactPoint(rep, 'work')),
  ].filter((t) => t !== undefined);
  if (telecom.length) patient.telecom = telecom;
  const gender = valueOf(pid, 8).toUpperCase();
  if (gender !== '') {
    const mapped = mapV2Code('AdministrativeSex', gender);
    if (mapped !== undefined) patient.gender = mapped as Patient['gender'];
    else warn(context, { ...at, field: 8 }, 'PID-8 is not a table 0001 code; gender left out');
  }
  const dob = valueOf(pid, 7);
  if (dob !== '') {
    const birthDate = toFhirDate(dob.slice(0, 8));
    if (birthDate === undefined || toFhirDate(dob) === undefined)
      warn(context, { ...at, field: 7 }, 'PID-7 is not a valid date; birthDate left out');
    else {
      patient.birthDate = birthDate;
      const birthTime = dob.length > 8 ? toFhirDateTime(dob, offset) : undefined;
      if (birthTime !== undefined && birthTime.length > 10) {
        (patient as Patient & { _birthDate?: unknown })._birthDate = {
          extension: [{ url: V2_FHIR_EXTENSIONS.birthTime, valueDateTime: birthTime }],
        };
      }
    }
  }
  const addresses = repetitionsOf(pid, 11)
    .map((rep) => toAddress(rep, offset))
    .filter((a) => a !== undefined);
  if (addresses.length) patient.address = addresses;
  const deceasedAt = toFhirDateTime(valueOf(pid, 29), offset);
  const deceased = valueOf(pid, 30).toUpperCase();
  if (deceasedAt !== undefined) patient.deceasedDateTime = deceasedAt;
  else if (deceased === 'Y' || deceased === 'N') patient.deceasedBoolean = deceased === 'Y';
  return patient;
}
