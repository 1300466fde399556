/**
 * Meridian's curated code lists, written as FHIR R4 `ValueSet` resources, so
 * that they load, match, expand and cite exactly like published ones.
 *
 * @module
 */
import { canonicalSystem, isIcd10System } from './code-systems.js';
import type { ValueSetResource } from './value-set.js';

/** Canonical URL base of Meridian's curated value sets. @example `${MERIDIAN_VALUE_SET_BASE}/nsaid-ingredients` */
export const MERIDIAN_VALUE_SET_BASE = 'https://meridian.dev/fhir/ValueSet';

/**
 * A curated list: codes with their displays, and the sources they were taken
 * from. An ICD-10 entry marked `prefix` stands for its whole category.
 *
 * @example
 * ```ts
 * const list: CuratedList = { id: 'pneumonia', title: 'Pneumonia', description: '…', sources: ['ICD-10-CM 2025 Tabular List, J12–J18'],
 *   codes: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'J18', display: 'Pneumonia, unspecified organism', match: 'prefix' }] };
 * ```
 */
export interface CuratedList {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly string[];
  readonly codes: readonly {
    readonly system: string;
    readonly code: string;
    readonly display: string;
    readonly match?: 'prefix';
  }[];
}

/**
 * The ValueSet resource of a curated list: enumerated concepts, and an
 * `is-a` filter per ICD-10 category.
 *
 * @example
 * ```ts
 * const vs = curatedValueSet(list);
 * vs.url; // 'https://meridian.dev/fhir/ValueSet/pneumonia'
 * ```
 */
export function curatedValueSet(list: CuratedList): ValueSetResource {
  const bySystem = new Map<
    string,
    { concept: { code: string; display: string }[]; filter: { property: string; op: string; value: string }[] }
  >();
  for (const entry of list.codes) {
    const system = canonicalSystem(entry.system);
    const include = bySystem.get(system) ?? { concept: [], filter: [] };
    bySystem.set(system, include);
    if (entry.match === 'prefix') {
      if (!isIcd10System(system))
        throw new TypeError(`${list.id}: only ICD-10 entries can be prefixes (${entry.code})`);
      include.filter.push({ property: 'concept', op: 'is-a', value: entry.code });
    } else include.concept.push({ code: entry.code, display: entry.display });
  }
  return {
    resourceType: 'ValueSet',
    id: list.id,
    url: `${MERIDIAN_VALUE_SET_BASE}/${list.id}`,
    version: '1',
    name: list.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    title: list.title,
    status: 'active',
    publisher: 'Meridian',
    description: `${list.description}\n\nSources: ${list.sources.join('; ')}.`,
    compose: {
      include: [...bySystem].map(([system, { concept, filter }]) => ({
        system,
        ...(concept.length ? { concept } : {}),
        ...(filter.length ? { filter } : {}),
      })),
    },
  };
}
