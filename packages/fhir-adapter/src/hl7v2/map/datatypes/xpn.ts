/**
 * XPN -> HumanName (IG XPN[HumanName]): XPN-1 family, XPN-2/3 given, XPN-4
 * and XPN-6 suffixes, XPN-5 prefix, XPN-7 use (NameType), XPN-12/13 period.
 * XCN's name components use the same mapping one position later.
 *
 * @module
 */
import type { HumanName } from '@medplum/fhirtypes';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { mapV2Code } from '../vocabulary.js';
import { toFhirDateTime } from './datetime.js';

const nonEmpty = (values: string[]) => values.filter((v) => v !== '');

/**
 * A name from the components starting at `first` (1 for XPN, 2 for XCN),
 * `undefined` when no part is valued.
 *
 * @example
 * ```ts
 * toHumanName([['EVERYMAN'], ['ADAM'], ['A'], ['III']]);
 * // { family: 'EVERYMAN', given: ['ADAM', 'A'], suffix: ['III'] }
 * ```
 */
export function toHumanName(rep: Hl7Repetition | undefined, first = 1, defaultOffset = 'Z'): HumanName | undefined {
  const at = (n: number) => componentOf(rep, first + n - 1);
  const name: HumanName = {};
  if (at(1) !== '') name.family = at(1);
  const given = nonEmpty([at(2), at(3)]);
  if (given.length) name.given = given;
  const prefix = nonEmpty([at(5)]);
  if (prefix.length) name.prefix = prefix;
  const suffix = nonEmpty(first === 1 ? [at(4), at(6), at(14)] : [at(4)]);
  if (suffix.length) name.suffix = suffix;
  if (Object.keys(name).length === 0) return undefined;
  if (first === 1) {
    const use = mapV2Code('NameType', at(7));
    if (use !== undefined) name.use = use as HumanName['use'];
    const start = toFhirDateTime(at(12), defaultOffset);
    const end = toFhirDateTime(at(13), defaultOffset);
    if (start || end) name.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }
  return name;
}
