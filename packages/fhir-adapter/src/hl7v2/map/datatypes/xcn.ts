/**
 * XCN -> Practitioner (IG XCN[Practitioner]): XCN-1 identifier value, XCN-9
 * its assigning authority, XCN-13 its type, XCN-2..6 the name, XCN-7 a
 * qualification. The id is deterministic (authority and number, else the
 * name), so the same doctor in many messages is one Practitioner.
 *
 * @module
 */
import type { Identifier, Practitioner } from '@medplum/fhirtypes';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { V2_FHIR_SYSTEMS } from '../codings.js';
import { stableResourceId } from '../ids.js';
import { hdSystem } from './cx.js';
import { toHumanName } from './xpn.js';

/**
 * A Practitioner with its deterministic id, `undefined` when neither a number
 * nor a name is valued.
 *
 * @example
 * ```ts
 * toPractitioner([['004777'], ['ATTEND'], ['AARON'], ['A']])?.name; // [{ family: 'ATTEND', given: ['AARON', 'A'] }]
 * ```
 */
export function toPractitioner(rep: Hl7Repetition | undefined): Practitioner | undefined {
  const value = componentOf(rep, 1);
  const name = toHumanName(rep, 2);
  if (value === '' && name === undefined) return undefined;
  const practitioner: Practitioner = { resourceType: 'Practitioner' };
  let authority = '';
  if (value !== '') {
    const identifier: Identifier = { value };
    const namespace = componentOf(rep, 9, 1);
    const system = hdSystem(namespace, componentOf(rep, 9, 2), componentOf(rep, 9, 3));
    if (system !== undefined) identifier.system = system;
    else if (namespace !== '') identifier.assigner = { display: namespace };
    const type = componentOf(rep, 13);
    if (type !== '') identifier.type = { coding: [{ system: V2_FHIR_SYSTEMS.identifierType, code: type }] };
    authority = system ?? namespace;
    practitioner.identifier = [identifier];
  }
  if (name !== undefined) practitioner.name = [name];
  const degree = componentOf(rep, 7);
  if (degree !== '') practitioner.qualification = [{ code: { text: degree } }];
  practitioner.id =
    value !== ''
      ? stableResourceId('Practitioner', authority, value)
      : stableResourceId('Practitioner', 'name', JSON.stringify(name));
  return practitioner;
}
