/**
 * OBX-6 units -> Quantity unit/system/code (IG CWE[Quantity]), resolving the
 * unit to UCUM when the sender did not name a coding system: a known spelling
 * (`UNIT_ALIASES`, e.g. mmHg -> mm[Hg]) first, then the text itself when
 * UCUM accepts it.
 *
 * @module
 */
import ucum from '@lhncbc/ucum-lhc';
import type { Quantity } from '@medplum/fhirtypes';
import { CODE_SYSTEMS } from '../../../context/code-systems.js';
import { UNIT_ALIASES } from '../../../context/unit-aliases.js';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { codingSystemUri } from './coding-systems.js';

const utils = ucum.UcumLhcUtils.getInstance();
const cache = new Map<string, string | null>();

/**
 * The UCUM code of a unit text, or `undefined` when it is not UCUM.
 *
 * @example
 * ```ts
 * ucumCodeOf('mmHg'); // 'mm[Hg]'
 * ucumCodeOf('tera.l-1'); // undefined
 * ```
 */
export function ucumCodeOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const code = cache.get(trimmed);
  if (code === undefined) {
    const alias = UNIT_ALIASES[trimmed.toLowerCase()];
    const checked = utils.validateUnitString(alias ?? trimmed);
    const valid = checked.status === 'valid' && checked.ucumCode ? checked.ucumCode : null;
    if (cache.size > 2048) cache.clear();
    cache.set(trimmed, valid);
    return valid ?? undefined;
  }
  return code ?? undefined;
}

/**
 * The unit part of a Quantity from an OBX-6 (CWE) repetition.
 *
 * @example
 * ```ts
 * quantityUnit([['mg/dl']]); // { unit: 'mg/dl', system: 'http://unitsofmeasure.org', code: 'mg/dl' }
 * quantityUnit([['CD:289'], ['mg/dL']]); // { unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' }
 * ```
 */
export function quantityUnit(rep: Hl7Repetition | undefined): Pick<Quantity, 'unit' | 'system' | 'code'> {
  const code = componentOf(rep, 1);
  const text = componentOf(rep, 2);
  const unit = text || code;
  if (unit === '') return {};
  const system = codingSystemUri(componentOf(rep, 3));
  if (code !== '' && system !== undefined) return { unit, system, code };
  const ucumCode = ucumCodeOf(code) ?? ucumCodeOf(text);
  return ucumCode === undefined ? { unit } : { unit, system: CODE_SYSTEMS.ucum, code: ucumCode };
}
