/**
 * Every curated list, as FHIR ValueSet resources.
 *
 * @module
 */
import { curatedValueSet, type ValueSetResource } from '@meridian/fhir-adapter';
import * as cardiovascular from './cardiovascular-lists.js';
import * as findings from './finding-lists.js';
import * as medications from './medication-lists.js';
import * as other from './other-condition-lists.js';

const lists = [cardiovascular, other, medications, findings].flatMap((module) =>
  Object.values(module).filter(
    (value): value is Parameters<typeof curatedValueSet>[0] =>
      typeof value === 'object' && 'codes' in value && 'sources' in value,
  ),
);

/**
 * Meridian's curated lists as ValueSet resources (`https://meridian.dev/fhir/ValueSet/{id}`).
 *
 * @example
 * CURATED_VALUE_SETS.map((vs) => vs.id); // ['meridian-atrial-fibrillation', …]
 */
export const CURATED_VALUE_SETS: readonly ValueSetResource[] = lists.map(curatedValueSet);
