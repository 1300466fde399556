/**
 * XAD -> Address (IG XAD[Address]): XAD-1 (street) and XAD-2 lines, city,
 * state, postal code, country, XAD-7 address type as `use` or `type`,
 * XAD-9 district, XAD-13/14 period.
 *
 * @module
 */
import type { Address } from '@medplum/fhirtypes';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { mapV2Code } from '../vocabulary.js';
import { toFhirDateTime } from './datetime.js';

/**
 * An Address, `undefined` when no part is valued.
 *
 * @example
 * ```ts
 * toAddress([['2222 HOME STREET'], [], ['GREENSBORO'], ['NC'], ['27401-1020']]);
 * // { line: ['2222 HOME STREET'], city: 'GREENSBORO', state: 'NC', postalCode: '27401-1020' }
 * ```
 */
export function toAddress(rep: Hl7Repetition | undefined, defaultOffset = 'Z'): Address | undefined {
  const at = (n: number, sub = 1) => componentOf(rep, n, sub);
  const address: Address = {};
  const line = [at(1, 1), at(2), at(19)].filter((v) => v !== '');
  if (line.length) address.line = line;
  if (at(3) !== '') address.city = at(3);
  if (at(9) !== '') address.district = at(9);
  if (at(4) !== '') address.state = at(4);
  if (at(5) !== '') address.postalCode = at(5);
  if (at(6) !== '') address.country = at(6);
  if (Object.keys(address).length === 0) return undefined;
  const use = mapV2Code('AddressType[Use]', at(7));
  if (use !== undefined) address.use = use as Address['use'];
  const type = mapV2Code('AddressType[Type]', at(7));
  if (type !== undefined) address.type = type as Address['type'];
  const start = toFhirDateTime(at(13), defaultOffset);
  const end = toFhirDateTime(at(14), defaultOffset);
  if (start || end) address.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  return address;
}
