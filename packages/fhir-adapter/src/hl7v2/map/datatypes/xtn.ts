/**
 * XTN -> ContactPoint (IG XTN[ContactPoint]): XTN-2 use, XTN-3 system (CP is
 * written as system `phone`, use `mobile`: see MERIDIAN_VOCABULARY_DEVIATIONS),
 * XTN-4 the e-mail address, XTN-12 or XTN-5..8 or XTN-1 the number,
 * XTN-18 rank.
 *
 * @module
 */
import type { ContactPoint } from '@medplum/fhirtypes';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { mapV2Code } from '../vocabulary.js';

const EMAIL_TYPES = new Set(['INTERNET', 'X.400']);
const DATA_ABSENT_UNKNOWN = {
  extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' }],
};

function phoneNumber(at: (n: number) => string): string {
  if (at(12) !== '') return at(12);
  if (at(7) !== '') {
    const base = `${at(5) !== '' ? `+${at(5)} ` : ''}${at(6) !== '' ? `${at(6)} ` : ''}${at(7)}`;
    return at(8) !== '' ? `${base} X${at(8)}` : base;
  }
  return at(1);
}

/**
 * A ContactPoint, `undefined` when there is no number or address.
 * `defaultUse` applies when XTN-2 is empty (IG: PID-13 home, PID-14 work).
 *
 * @example
 * ```ts
 * toContactPoint([['(555) 555-2004']], 'home'); // { value: '(555) 555-2004', use: 'home', _system: { data-absent-reason } }
 * toContactPoint([[], ['NET'], ['Internet'], ['eve@test.test']]); // { system: 'email', value: 'eve@test.test' }
 * ```
 */
export function toContactPoint(
  rep: Hl7Repetition | undefined,
  defaultUse?: ContactPoint['use'],
): (ContactPoint & { _system?: unknown }) | undefined {
  const at = (n: number) => componentOf(rep, n);
  const equipment = at(3);
  const isEmail =
    EMAIL_TYPES.has(equipment.toUpperCase()) || (equipment === '' && at(4) !== '' && at(7) === '' && at(1) === '');
  const value = isEmail ? at(4) : phoneNumber(at);
  if (value === '') return undefined;
  const point: ContactPoint & { _system?: unknown } = {};
  const system = isEmail ? 'email' : mapV2Code('TelecommunicationEquipmentType', equipment);
  if (system !== undefined) point.system = system as ContactPoint['system'];
  else point._system = DATA_ABSENT_UNKNOWN;
  point.value = value;
  const use =
    mapV2Code('TelecommunicationUseCode', at(2)) ??
    (equipment.toUpperCase() === 'CP' ? 'mobile' : at(2) === '' ? defaultUse : undefined);
  if (use !== undefined) point.use = use as ContactPoint['use'];
  const rank = Number(at(18));
  if (Number.isInteger(rank) && rank > 0) point.rank = rank;
  return point;
}
