/**
 * PV1 -> Encounter (IG PV1[Encounter]), with the Practitioners and Locations
 * it names. Status follows the IG's Event[EncounterStatus] for the trigger
 * (A11 cancelled, A13 back in progress), else `finished` when PV1-45 is
 * valued, else the patient class (PatientClass[EncounterStatus]).
 *
 * @module
 */
import type { Encounter, EncounterLocation, EncounterParticipant } from '@medplum/fhirtypes';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import {
  IDENTIFIER_TYPE_VISIT_NUMBER,
  PARTICIPATION_ADMITTER,
  PARTICIPATION_ATTENDER,
  PARTICIPATION_CONSULTANT,
  PARTICIPATION_REFERRER,
  V2_FHIR_SYSTEMS,
} from '../codings.js';
import { addResource, warn, type MappingContext } from '../context.js';
import { authorityOf, toIdentifier } from '../datatypes/cx.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { toLocations } from '../datatypes/pl.js';
import { toPractitioner } from '../datatypes/xcn.js';
import { stableResourceId } from '../ids.js';
import { mapV2Code } from '../vocabulary.js';

/**
 * The PV1 fields Meridian maps and the Encounter element each lands in;
 * checked against `PV1[Encounter].csv`.
 *
 * @example
 * ```ts
 * PV1_FIELD_TARGETS['PV1-44']; // 'period'
 * ```
 */
export const PV1_FIELD_TARGETS = {
  'PV1-2': 'class',
  'PV1-3': 'location',
  'PV1-6': 'location',
  'PV1-7': 'participant',
  'PV1-8': 'participant',
  'PV1-9': 'participant',
  'PV1-10': 'serviceType',
  'PV1-11': 'location',
  'PV1-17': 'participant',
  'PV1-19': 'identifier',
  'PV1-44': 'period',
  'PV1-45': 'period',
} as const;

const PARTICIPANTS = [
  [7, PARTICIPATION_ATTENDER],
  [8, PARTICIPATION_REFERRER],
  [9, PARTICIPATION_CONSULTANT],
  [17, PARTICIPATION_ADMITTER],
] as const;
const LOCATIONS = [
  [3, 'active'],
  [6, 'completed'],
  [11, 'active'],
] as const;
/** Triggers whose IG encounter status wins over PV1-45. */
const EVENT_FIRST = new Set(['A11', 'A13']);
/** Triggers whose IG encounter status applies (A08's "unknown" would erase a known status, so PV1 decides). */
const EVENT_STATUS = new Set(['A01', 'A02', 'A03', 'A04', 'A11', 'A13']);

function encounterClass(pv1: Hl7Segment): Encounter['class'] {
  const code = valueOf(pv1, 2).toUpperCase() || 'U';
  const mapped = mapV2Code('PatientClass[EncounterClass]', code) ?? 'U';
  const isActCode = ['EMER', 'IMP', 'AMB', 'PRENC'].includes(mapped);
  return { system: isActCode ? V2_FHIR_SYSTEMS.actCode : V2_FHIR_SYSTEMS.patientClass, code: mapped };
}

function encounterStatus(pv1: Hl7Segment, trigger: string): Encounter['status'] {
  const byEvent = EVENT_STATUS.has(trigger) ? mapV2Code('Event[EncounterStatus]', trigger) : undefined;
  if (EVENT_FIRST.has(trigger) && byEvent) return byEvent as Encounter['status'];
  if (valueOf(pv1, 45) !== '') return 'finished';
  return (byEvent ??
    mapV2Code('PatientClass[EncounterStatus]', valueOf(pv1, 2).toUpperCase()) ??
    'unknown') as Encounter['status'];
}

/**
 * Maps PV1 to an Encounter of `patient`; adds its Practitioners and Locations
 * to the context and returns the Encounter.
 *
 * @example
 * ```ts
 * const encounter = mapPv1ToEncounter(pv1, 'Patient/abc', context);
 * encounter.class.code; // 'IMP'
 * ```
 */
export function mapPv1ToEncounter(pv1: Hl7Segment, patient: string, context: MappingContext): Encounter {
  const offset = context.defaultOffset;
  const trigger = context.header.triggerEvent;
  const visit = toIdentifier(repetitionsOf(pv1, 19)[0], offset);
  const admitted = valueOf(pv1, 44);
  let id: string;
  if (visit !== undefined) id = stableResourceId('Encounter', authorityOf(visit), visit.value ?? '');
  else if (admitted !== '') id = stableResourceId('Encounter', patient, 'admitted', admitted);
  else {
    id = stableResourceId('Encounter', patient, 'message', context.header.sendingApplication, context.header.controlId);
    warn(
      context,
      { segment: 'PV1', sequence: pv1.sequence, field: 19 },
      'no visit number (PV1-19) or admit time (PV1-44): the Encounter is keyed by this message',
    );
  }
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id,
    status: encounterStatus(pv1, trigger),
    class: encounterClass(pv1),
    subject: { reference: patient },
  };
  if (visit !== undefined)
    encounter.identifier = [{ ...visit, type: { coding: [IDENTIFIER_TYPE_VISIT_NUMBER], text: 'visit number' } }];
  const participant: EncounterParticipant[] = PARTICIPANTS.flatMap(([field, type]) =>
    repetitionsOf(pv1, field).flatMap((rep) => {
      const practitioner = toPractitioner(rep);
      return practitioner
        ? [
            {
              type: [{ coding: [type], text: type.display }],
              individual: { reference: addResource(context, practitioner) },
            },
          ]
        : [];
    }),
  );
  if (participant.length) encounter.participant = participant;
  const location: EncounterLocation[] = LOCATIONS.flatMap(([field, status]) => {
    const chain = toLocations(repetitionsOf(pv1, field)[0]);
    chain.forEach((l) => addResource(context, l));
    const last = chain[chain.length - 1];
    const planned = field === 3 && valueOf(pv1, 2).toUpperCase() === 'P';
    return last ? [{ location: { reference: `Location/${last.id}` }, status: planned ? 'planned' : status }] : [];
  });
  if (location.length) encounter.location = location;
  const start = toFhirDateTime(admitted, offset);
  const end = trigger === 'A13' ? undefined : toFhirDateTime(valueOf(pv1, 45), offset);
  if (admitted !== '' && start === undefined)
    warn(context, { segment: 'PV1', sequence: pv1.sequence, field: 44 }, 'PV1-44 is not a valid date/time');
  if (start || end) encounter.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  if (componentOf(repetitionsOf(pv1, 10)[0], 1) !== '')
    encounter.serviceType = {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0069', code: valueOf(pv1, 10) }],
    };
  return encounter;
}
