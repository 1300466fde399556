/**
 * PV2 -> the Encounter of its PV1 (IG PV2[Encounter]): PV2-3 admit reason
 * (`reasonCode`), PV2-11 actual length of stay in days (`length`), PV2-13
 * referral source (a `REF` participant).
 *
 * @module
 */
import type { Encounter } from '@medplum/fhirtypes';
import { repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { addResource, type MappingContext } from '../context.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toPractitioner } from '../datatypes/xcn.js';

/**
 * The PV2 fields Meridian maps; checked against `PV2[Encounter].csv`.
 *
 * @example
 * ```ts
 * PV2_FIELD_TARGETS['PV2-3']; // 'reasonCode'
 * ```
 */
export const PV2_FIELD_TARGETS = { 'PV2-3': 'reasonCode', 'PV2-11': 'length', 'PV2-13': 'participant' } as const;

const REFERRER = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'REF' }],
  text: 'referrer',
};

/**
 * Adds what a PV2 says to `encounter` (in place).
 *
 * @example
 * ```ts
 * applyPv2ToEncounter(pv2, encounter, context);
 * encounter.reasonCode?.[0]?.text; // 'Not feeling well'
 * ```
 */
export function applyPv2ToEncounter(pv2: Hl7Segment, encounter: Encounter, context: MappingContext): void {
  const reason = toCodeableConcept(repetitionsOf(pv2, 3)[0]);
  if (reason) encounter.reasonCode = [...(encounter.reasonCode ?? []), reason];
  const days = Number(valueOf(pv2, 11));
  if (valueOf(pv2, 11) !== '' && Number.isFinite(days) && days >= 0)
    encounter.length = { value: days, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' };
  for (const rep of repetitionsOf(pv2, 13)) {
    const referrer = toPractitioner(rep);
    if (referrer)
      encounter.participant = [
        ...(encounter.participant ?? []),
        { type: [REFERRER], individual: { reference: addResource(context, referrer) } },
      ];
  }
}
