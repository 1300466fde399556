/**
 * The loaded value sets, found by id, canonical URL or OID, with the read-only
 * operations FHIR defines on them: `$expand` (filter, count, offset) and
 * `$validate-code`.
 *
 * @module
 */
import { codeKey } from './code-key.js';
import { TerminologyError } from './terminology-error.js';
import {
  loadValueSet,
  memberOf,
  type LoadedValueSet,
  type ValueSetCoding,
  type ValueSetResource,
} from './value-set.js';

/**
 * Options of {@link ValueSetRegistry.expand}.
 *
 * @example
 * ```ts
 * const page: ExpandOptions = { filter: 'ejection', count: 20, offset: 0 };
 * ```
 */
export interface ExpandOptions {
  /** Case-insensitive text that the code or display must contain. */
  readonly filter?: string;
  readonly count?: number;
  readonly offset?: number;
}

/**
 * One page of an expansion.
 *
 * @example
 * ```ts
 * const { total, contains } = registry.expand('heart-failure', { count: 10 });
 * ```
 */
export interface Expansion {
  readonly valueSet: LoadedValueSet;
  readonly total: number;
  readonly offset: number;
  readonly contains: readonly ValueSetCoding[];
}

/**
 * The answer of {@link ValueSetRegistry.validateCode}.
 *
 * @example
 * ```ts
 * const { result, member } = registry.validateCode('heart-failure', 'http://snomed.info/sct', '703272007');
 * ```
 */
export interface CodeValidation {
  readonly result: boolean;
  readonly valueSet: LoadedValueSet;
  /** The member that matched (an ICD-10 category when matched by prefix). */
  readonly member?: ValueSetCoding;
}

/**
 * An immutable collection of loaded value sets.
 *
 * @example
 * ```ts
 * const registry = new ValueSetRegistry([heartFailureValueSet]);
 * registry.validateCode('urn:oid:2.16.840.1.113883.3.526.3.376', 'urn:oid:2.16.840.1.113883.6.96', '703272007').result; // true
 * ```
 */
export class ValueSetRegistry {
  private readonly byRef = new Map<string, LoadedValueSet>();
  private readonly ordered: LoadedValueSet[] = [];

  constructor(resources: readonly ValueSetResource[]) {
    for (const resource of resources) {
      const set = loadValueSet(resource);
      if (this.byRef.has(set.id))
        throw new TerminologyError('duplicate-value-set', `ValueSet ${set.id} is loaded twice`);
      this.ordered.push(set);
      for (const ref of [set.id, set.url, ...(set.oid ? [set.oid, `urn:oid:${set.oid}`] : [])])
        if (!this.byRef.has(ref)) this.byRef.set(ref, set);
    }
  }

  /** Every loaded set, in load order. */
  list(): readonly LoadedValueSet[] {
    return this.ordered;
  }

  /** A set by id, canonical URL, OID or `urn:oid:` OID. */
  get(ref: string): LoadedValueSet | undefined {
    return this.byRef.get(ref.trim());
  }

  /** Like {@link get}, but throws `unknown-value-set`. */
  require(ref: string): LoadedValueSet {
    const set = this.get(ref);
    if (!set) throw new TerminologyError('unknown-value-set', `no ValueSet ${ref} is loaded`);
    return set;
  }

  /** Whether a coding belongs to a set (system aliases and ICD-10 dots and case ignored). */
  validateCode(ref: string, system: string, code: string): CodeValidation {
    const valueSet = this.require(ref);
    const key = codeKey(system, code);
    const member = key ? memberOf(valueSet, key) : undefined;
    return member ? { result: true, valueSet, member } : { result: false, valueSet };
  }

  /** A page of the members of a set, optionally filtered by text in the code or display. */
  expand(ref: string, options: ExpandOptions = {}): Expansion {
    const valueSet = this.require(ref);
    const needle = options.filter?.trim().toLowerCase();
    const all = [...valueSet.members.values(), ...valueSet.prefixes.values()];
    const matching = needle
      ? all.filter((c) => c.code.toLowerCase().includes(needle) || (c.display?.toLowerCase().includes(needle) ?? false))
      : all;
    const offset = Math.max(0, options.offset ?? 0);
    const count = options.count ?? matching.length;
    return { valueSet, total: matching.length, offset, contains: matching.slice(offset, offset + Math.max(0, count)) };
  }
}
