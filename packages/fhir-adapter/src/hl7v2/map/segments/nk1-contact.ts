/**
 * NK1 -> Patient.contact (IG NK1[Patient]): NK1-2 name, NK1-3 relationship,
 * NK1-4 address, NK1-5 telecom, NK1-6 business telecom (use `work`), NK1-7
 * contact role (a second relationship), NK1-8/9 period, NK1-15 gender. The
 * relationship codes are kept as sent (table 0063 / 0131 codings), not
 * translated. The ADT mapper adds one contact per NK1 to the Patient.
 *
 * @module
 */
import type { CodeableConcept, ContactPoint, Patient, PatientContact } from '@medplum/fhirtypes';
import { repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import type { MappingContext } from '../context.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { toAddress } from '../datatypes/xad.js';
import { toHumanName } from '../datatypes/xpn.js';
import { toContactPoint } from '../datatypes/xtn.js';
import { mapV2Code } from '../vocabulary.js';

/**
 * The NK1 fields Meridian maps; checked against `NK1[Patient].csv`.
 *
 * @example
 * ```ts
 * NK1_FIELD_TARGETS['NK1-3']; // 'contact'
 * ```
 */
export const NK1_FIELD_TARGETS = {
  'NK1-2': 'contact',
  'NK1-3': 'contact',
  'NK1-4': 'contact',
  'NK1-5': 'contact',
  'NK1-6': 'contact',
  'NK1-7': 'contact',
  'NK1-8': 'contact',
  'NK1-9': 'contact',
  'NK1-15': 'contact',
} as const;

/**
 * The contact an NK1 names, or `undefined` when it names nobody (no name,
 * address or telecom).
 *
 * @example
 * ```ts
 * mapNk1ToContact(nk1, context)?.relationship; // [{ coding: [{ code: 'SPO', ... }] }]
 * ```
 */
export function mapNk1ToContact(nk1: Hl7Segment, context: MappingContext): PatientContact | undefined {
  const contact: PatientContact = {};
  const name = toHumanName(repetitionsOf(nk1, 2)[0], 1, context.defaultOffset);
  if (name) contact.name = name;
  const relationship = [
    toCodeableConcept(repetitionsOf(nk1, 3)[0]),
    toCodeableConcept(repetitionsOf(nk1, 7)[0]),
  ].filter((c): c is CodeableConcept => c !== undefined);
  if (relationship.length) contact.relationship = relationship;
  const address = toAddress(repetitionsOf(nk1, 4)[0], context.defaultOffset);
  if (address) contact.address = address;
  const telecom: ContactPoint[] = [
    ...repetitionsOf(nk1, 5).map((rep) => toContactPoint(rep, 'home')),
    ...repetitionsOf(nk1, 6).map((rep) => {
      const c = toContactPoint(rep, 'work');
      return c ? { ...c, use: 'work' as const } : undefined;
    }),
  ].filter((c): c is ContactPoint => c !== undefined);
  if (telecom.length) contact.telecom = telecom;
  const start = toFhirDateTime(valueOf(nk1, 8), context.defaultOffset);
  const end = toFhirDateTime(valueOf(nk1, 9), context.defaultOffset);
  if (start || end) contact.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  const gender = mapV2Code('AdministrativeSex', valueOf(nk1, 15).toUpperCase());
  if (gender) contact.gender = gender as Patient['gender'];
  return contact.name || contact.address || contact.telecom ? contact : undefined;
}
