/**
 * Loading a FHIR R4 `ValueSet` into a membership index: from its expansion
 * (`expansion.contains`, nested), else from an enumerated compose
 * (`compose.include[].concept`, minus `compose.exclude[].concept`). An ICD-10
 * `is-a` filter is read as a category prefix (ICD-10 is a strict hierarchy).
 *
 * @module
 */
import { codeKey, icdCategoryKeys } from './code-key.js';
import { canonicalSystem, isIcd10System } from './code-systems.js';
import { TerminologyError } from './terminology-error.js';

/**
 * A coding as a value set holds it: canonical system, code as given, display.
 *
 * @example
 * ```ts
 * const member: ValueSetCoding = { system: 'http://snomed.info/sct', code: '703272007', display: 'HFrEF' };
 * ```
 */
export interface ValueSetCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/**
 * The part of a FHIR ValueSet resource the loader reads.
 *
 * @example
 * ```ts
 * const vs: ValueSetResource = { resourceType: 'ValueSet', id: 'x', url: 'https://example.org/vs', compose: { include: [] } };
 * ```
 */
export interface ValueSetResource {
  readonly resourceType: 'ValueSet';
  readonly id?: string;
  readonly url?: string;
  readonly version?: string;
  readonly name?: string;
  readonly title?: string;
  readonly identifier?: readonly { readonly system?: string; readonly value?: string }[];
  readonly compose?: {
    readonly include?: readonly ComposeInclude[];
    readonly exclude?: readonly ComposeInclude[];
  };
  readonly expansion?: { readonly contains?: readonly ExpansionContains[] };
  readonly [key: string]: unknown;
}

interface ComposeInclude {
  readonly system?: string;
  readonly concept?: readonly { readonly code: string; readonly display?: string }[];
  readonly filter?: readonly { readonly property: string; readonly op: string; readonly value: string }[];
  readonly valueSet?: readonly string[];
}

interface ExpansionContains {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly abstract?: boolean;
  readonly contains?: readonly ExpansionContains[];
}

/**
 * A value set ready for O(1) membership: its identity and two indexes by
 * {@link codeKey}, exact members and ICD-10 category prefixes.
 *
 * @example
 * ```ts
 * const loaded = loadValueSet(resource);
 * loaded.members.size; // number of codes
 * ```
 */
export interface LoadedValueSet {
  readonly id: string;
  readonly url: string;
  /** The OID, when the set is a VSAC one (`urn:oid:` identifier or a `…/ValueSet/{oid}` URL). */
  readonly oid?: string;
  readonly title: string;
  readonly version?: string;
  readonly resource: ValueSetResource;
  readonly members: ReadonlyMap<string, ValueSetCoding>;
  readonly prefixes: ReadonlyMap<string, ValueSetCoding>;
}

const OID = /^\d+(\.\d+)+$/;

function oidOf(resource: ValueSetResource): string | undefined {
  for (const identifier of resource.identifier ?? []) {
    const value = identifier.value?.replace(/^urn:oid:/, '');
    if (value && OID.test(value)) return value;
  }
  const last = resource.url?.split('/').pop();
  return last && OID.test(last) ? last : undefined;
}

function collectExpansion(contains: readonly ExpansionContains[], out: Map<string, ValueSetCoding>): void {
  for (const entry of contains) {
    const key = entry.abstract ? undefined : codeKey(entry.system, entry.code);
    if (key)
      out.set(key, {
        system: canonicalSystem(entry.system!),
        code: entry.code!,
        ...(entry.display ? { display: entry.display } : {}),
      });
    if (entry.contains) collectExpansion(entry.contains, out);
  }
}

function collectCompose(
  includes: readonly ComposeInclude[],
  members: Map<string, ValueSetCoding>,
  prefixes: Map<string, ValueSetCoding>,
  setId: string,
): void {
  for (const include of includes) {
    if (include.valueSet?.length)
      throw new TerminologyError('not-enumerable', `ValueSet ${setId} imports other value sets; give its expansion`);
    if (!include.system)
      throw new TerminologyError('not-enumerable', `ValueSet ${setId} has an include without a system`);
    const system = canonicalSystem(include.system);
    for (const concept of include.concept ?? []) {
      const key = codeKey(system, concept.code);
      if (key)
        members.set(key, { system, code: concept.code, ...(concept.display ? { display: concept.display } : {}) });
    }
    for (const filter of include.filter ?? []) {
      const key =
        isIcd10System(system) &&
        (filter.op === 'is-a' || filter.op === 'descendent-of') &&
        filter.property === 'concept'
          ? codeKey(system, filter.value)
          : undefined;
      if (!key)
        throw new TerminologyError(
          'not-enumerable',
          `ValueSet ${setId} has a filter (${filter.property} ${filter.op}) that cannot be expanded locally`,
        );
      prefixes.set(key, { system, code: filter.value });
    }
  }
}

/**
 * Index a ValueSet resource. Throws {@link TerminologyError} `not-enumerable`
 * when the set has neither an expansion nor an enumerable compose.
 *
 * @example
 * ```ts
 * const hf = loadValueSet(heartFailureValueSet);
 * hf.members.has('http://snomed.info/sct|703272007'); // true
 * ```
 */
export function loadValueSet(resource: ValueSetResource): LoadedValueSet {
  const id = resource.id ?? oidOf(resource);
  if (resource.resourceType !== 'ValueSet' || !id)
    throw new TerminologyError('invalid-value-set', 'not a ValueSet with an id');
  const members = new Map<string, ValueSetCoding>();
  const prefixes = new Map<string, ValueSetCoding>();
  if (resource.expansion?.contains) collectExpansion(resource.expansion.contains, members);
  else if (resource.compose?.include) {
    collectCompose(resource.compose.include, members, prefixes, id);
    for (const exclude of resource.compose.exclude ?? []) {
      for (const concept of exclude.concept ?? []) {
        const key = exclude.system ? codeKey(exclude.system, concept.code) : undefined;
        if (key) members.delete(key);
      }
    }
  } else throw new TerminologyError('not-enumerable', `ValueSet ${id} has neither an expansion nor a compose`);
  const oid = oidOf(resource);
  return {
    id,
    url: resource.url ?? `urn:oid:${oid ?? id}`,
    ...(oid ? { oid } : {}),
    title: resource.title ?? resource.name ?? id,
    ...(resource.version ? { version: resource.version } : {}),
    resource,
    members,
    prefixes,
  };
}

/**
 * The member of `set` a key denotes: exact, else the nearest ICD-10 category
 * the set lists as a prefix. O(1): at most one look-up per code character.
 *
 * @example
 * ```ts
 * memberOf(set, 'http://hl7.org/fhir/sid/icd-10-cm|I4891'); // the I48 entry, when I48 is a prefix
 * ```
 */
export function memberOf(set: LoadedValueSet, key: string): ValueSetCoding | undefined {
  const exact = set.members.get(key);
  if (exact || set.prefixes.size === 0) return exact;
  for (const ancestor of icdCategoryKeys(key)) {
    const hit = set.prefixes.get(ancestor);
    if (hit) return hit;
  }
  return undefined;
}
