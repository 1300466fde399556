/**
 * A calculator's clinical concept: the union of value sets (published or
 * curated), minus exclusions that each name the criterion they protect.
 * Compiled once into two maps, so a coding is judged in O(1).
 *
 * @module
 */
import type { CodingRef } from '../context/types.js';
import { codeKey, icdCategoryKeys } from './code-key.js';
import { isIcd10System } from './code-systems.js';
import type { LoadedValueSet, ValueSetCoding } from './value-set.js';
import type { ValueSetRegistry } from './value-set-registry.js';

/**
 * Codes removed from a concept, with why and for which criterion
 * (e.g. `has-bled.alcoholExcess`). `prefix` entries remove an ICD-10 category.
 *
 * @example
 * ```ts
 * const remission: ConceptExclusion = {
 *   protects: 'has-bled.alcoholExcess', reason: 'in remission: not current use',
 *   codes: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'F10.21' }],
 * };
 * ```
 */
export interface ConceptExclusion {
  readonly protects: string;
  readonly reason: string;
  readonly codes: readonly {
    readonly system: string;
    readonly code: string;
    readonly display?: string;
    readonly match?: 'exact' | 'prefix';
  }[];
}

/**
 * What a concept is made of: value sets by id, URL or OID, and exclusions.
 *
 * @example
 * ```ts
 * const hf: ClinicalConceptDefinition = { id: 'heart-failure', title: 'Heart failure', valueSets: ['2.16.840.1.113883.3.526.3.376'] };
 * ```
 */
export interface ClinicalConceptDefinition {
  readonly id: string;
  readonly title: string;
  readonly valueSets: readonly string[];
  readonly exclusions?: readonly ConceptExclusion[];
}

/**
 * A value set as a result names it.
 *
 * @example
 * ```ts
 * const ref: ValueSetRef = { id: 'heart-failure', url: 'http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.526.3.376', oid: '2.16.840.1.113883.3.526.3.376', title: 'Heart Failure' };
 * ```
 */
export interface ValueSetRef {
  readonly id: string;
  readonly url: string;
  readonly oid?: string;
  readonly title: string;
}

/**
 * Why a coding counts for a concept: the coding and the set that holds it.
 *
 * @example
 * ```ts
 * const m: ConceptMatch | undefined = concept.match(condition.codes);
 * m?.valueSet.oid; // '2.16.840.1.113883.3.526.3.376'
 * ```
 */
export interface ConceptMatch {
  readonly coding: { readonly system: string; readonly code: string; readonly display?: string };
  readonly valueSet: ValueSetRef;
  readonly member: ValueSetCoding;
}

/** The value set reference of a loaded set. @example `refOf(registry.require('heart-failure')).title` */
export function refOf(set: LoadedValueSet): ValueSetRef {
  return { id: set.id, url: set.url, ...(set.oid ? { oid: set.oid } : {}), title: set.title };
}

interface Hit {
  readonly valueSet: ValueSetRef;
  readonly member: ValueSetCoding;
}

/**
 * A compiled concept. `match` returns the first coding that belongs, unless
 * any coding of the same concept is excluded (`excludedBy`): synonyms of one
 * CodeableConcept share one meaning, and the excluded one is the specific one.
 *
 * @example
 * ```ts
 * const concept = compileConcept(definition, registry);
 * concept.match([{ system: 'http://snomed.info/sct', code: '703272007' }]); // ConceptMatch
 * ```
 */
export class ClinicalConcept {
  /** The value sets this concept searches, in order. */
  readonly searched: readonly ValueSetRef[];

  constructor(
    readonly id: string,
    readonly title: string,
    searched: readonly ValueSetRef[],
    private readonly exact: ReadonlyMap<string, Hit>,
    private readonly prefixes: ReadonlyMap<string, Hit>,
    private readonly excludedExact: ReadonlyMap<string, ConceptExclusion>,
    private readonly excludedPrefixes: ReadonlyMap<string, ConceptExclusion>,
  ) {
    this.searched = searched;
  }

  /** Number of distinct codes (and ICD-10 categories) the concept holds after exclusions. */
  get size(): number {
    return this.exact.size + this.prefixes.size;
  }

  /** Every member code, for tests and reports. */
  members(): IterableIterator<[string, Hit]> {
    return this.exact.entries();
  }

  /** The exclusion that vetoes one of these codings, if any. */
  excludedBy(codings: readonly CodingRef[]): ConceptExclusion | undefined {
    for (const coding of codings) {
      const key = codeKey(coding.system, coding.code);
      if (!key) continue;
      const exact = this.excludedExact.get(key);
      if (exact) return exact;
      if (this.excludedPrefixes.size === 0 || !isIcd10System(coding.system!)) continue;
      for (const ancestor of icdCategoryKeys(key)) {
        const hit = this.excludedPrefixes.get(ancestor);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /** The first coding that belongs to the concept, with its value set; undefined when none does or one is excluded. */
  match(codings: readonly CodingRef[]): ConceptMatch | undefined {
    if (codings.length === 0 || this.excludedBy(codings)) return undefined;
    for (const coding of codings) {
      const key = codeKey(coding.system, coding.code);
      if (!key) continue;
      let hit = this.exact.get(key);
      if (!hit && this.prefixes.size > 0 && isIcd10System(coding.system!)) {
        for (const ancestor of icdCategoryKeys(key)) if ((hit = this.prefixes.get(ancestor))) break;
      }
      if (hit) {
        const { system, code, display } = coding as Required<Pick<CodingRef, 'system' | 'code'>> & CodingRef;
        return {
          coding: { system, code, ...(display ? { display } : {}) },
          valueSet: hit.valueSet,
          member: hit.member,
        };
      }
    }
    return undefined;
  }
}

/**
 * Compile a definition against the loaded sets. Throws `unknown-value-set`
 * when a set is not loaded.
 *
 * @example
 * ```ts
 * const heartFailure = compileConcept({ id: 'heart-failure', title: 'Heart failure', valueSets: ['heart-failure'] }, registry);
 * ```
 */
export function compileConcept(definition: ClinicalConceptDefinition, registry: ValueSetRegistry): ClinicalConcept {
  const exact = new Map<string, Hit>();
  const prefixes = new Map<string, Hit>();
  const searched: ValueSetRef[] = [];
  for (const ref of definition.valueSets) {
    const set = registry.require(ref);
    const valueSet = refOf(set);
    searched.push(valueSet);
    for (const [key, member] of set.members) if (!exact.has(key)) exact.set(key, { valueSet, member });
    for (const [key, member] of set.prefixes) if (!prefixes.has(key)) prefixes.set(key, { valueSet, member });
  }
  const excludedExact = new Map<string, ConceptExclusion>();
  const excludedPrefixes = new Map<string, ConceptExclusion>();
  for (const exclusion of definition.exclusions ?? []) {
    for (const code of exclusion.codes) {
      const key = codeKey(code.system, code.code);
      if (!key) continue;
      (code.match === 'prefix' ? excludedPrefixes : excludedExact).set(key, exclusion);
      if (code.match !== 'prefix') exact.delete(key);
    }
  }
  if (excludedPrefixes.size > 0) {
    for (const key of [...exact.keys()])
      if (icdCategoryKeys(key, false).some((a) => excludedPrefixes.has(a))) exact.delete(key);
  }
  return new ClinicalConcept(
    definition.id,
    definition.title,
    searched,
    exact,
    prefixes,
    excludedExact,
    excludedPrefixes,
  );
}
