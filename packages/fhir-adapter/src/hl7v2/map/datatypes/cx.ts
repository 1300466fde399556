/**
 * CX -> Identifier (IG CX[Identifier]): CX-1 value, CX-4 assigning authority
 * as `system` when it names an OID, URI or UUID (HD-2 with HD-3 ISO/URI/UUID)
 * and as `assigner.display` otherwise, CX-5 identifier type (v2-0203),
 * CX-7/8 period. Also EI (order numbers) and HD.
 *
 * @module
 */
import type { Identifier } from '@medplum/fhirtypes';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { V2_FHIR_SYSTEMS } from '../codings.js';
import { toFhirDateTime } from './datetime.js';

/**
 * An HD (namespace, universal id, universal id type) as a system URI when the
 * universal id is typed ISO (an OID), URI or UUID.
 *
 * @example
 * ```ts
 * hdSystem('V2FHIR', '1.2.3.4.5', 'ISO'); // 'urn:oid:1.2.3.4.5'
 * hdSystem('EUH MRN', '', ''); // undefined
 * ```
 */
export function hdSystem(namespace: string, universalId: string, type: string): string | undefined {
  const kind = type.toUpperCase();
  if (universalId === '') return undefined;
  if (kind === 'ISO' && /^[0-2](\.(0|[1-9]\d*))+$/.test(universalId)) return `urn:oid:${universalId}`;
  if (kind === 'URI' && /^\S+:\S+$/.test(universalId)) return universalId;
  if (kind === 'UUID' && /^[0-9a-f-]{36}$/i.test(universalId)) return `urn:uuid:${universalId.toLowerCase()}`;
  return undefined;
}

/**
 * The authority that scopes an identifier: its system URI, else the HD
 * namespace (or universal id), for display and for deterministic ids.
 *
 * @example
 * ```ts
 * authorityOf({ system: 'urn:oid:1.2.3', value: 'X' }); // 'urn:oid:1.2.3'
 * ```
 */
export function authorityOf(identifier: Identifier): string {
  return identifier.system ?? identifier.assigner?.display ?? '';
}

/**
 * A CX repetition as an Identifier, `undefined` when CX-1 is empty.
 *
 * @example
 * ```ts
 * toIdentifier([['PATID1234'], ['5'], ['M11'], ['ADT1'], ['MR']]);
 * // { value: 'PATID1234', assigner: { display: 'ADT1' }, type: { coding: [{ system: '…/v2-0203', code: 'MR' }] } }
 * ```
 */
export function toIdentifier(rep: Hl7Repetition | undefined, defaultOffset = 'Z'): Identifier | undefined {
  const value = componentOf(rep, 1);
  if (value === '') return undefined;
  const identifier: Identifier = { value };
  const namespace = componentOf(rep, 4, 1);
  const system = hdSystem(namespace, componentOf(rep, 4, 2), componentOf(rep, 4, 3));
  if (system !== undefined) identifier.system = system;
  else if (namespace !== '' || componentOf(rep, 4, 2) !== '')
    identifier.assigner = { display: namespace || componentOf(rep, 4, 2) };
  const type = componentOf(rep, 5);
  if (type !== '') identifier.type = { coding: [{ system: V2_FHIR_SYSTEMS.identifierType, code: type }] };
  const start = toFhirDateTime(componentOf(rep, 7), defaultOffset);
  const end = toFhirDateTime(componentOf(rep, 8), defaultOffset);
  if (start !== undefined || end !== undefined)
    identifier.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  return identifier;
}

/**
 * An EI (entity identifier: id, namespace, universal id, type) as an
 * Identifier, `undefined` when EI-1 is empty.
 *
 * @example
 * ```ts
 * eiIdentifier([['88502218']]); // { value: '88502218' }
 * ```
 */
export function eiIdentifier(rep: Hl7Repetition | undefined): Identifier | undefined {
  const value = componentOf(rep, 1);
  if (value === '') return undefined;
  const identifier: Identifier = { value };
  const namespace = componentOf(rep, 2);
  const system = hdSystem(namespace, componentOf(rep, 3), componentOf(rep, 4));
  if (system !== undefined) identifier.system = system;
  else if (namespace !== '') identifier.assigner = { display: namespace };
  return identifier;
}
