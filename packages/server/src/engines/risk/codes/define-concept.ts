/**
 * Building a calculator criterion's concept from the loaded value sets and
 * the exclusions that protect that criterion.
 *
 * @module
 */
import { compileConcept, type ClinicalConcept, type ConceptExclusion } from '@meridian/fhir-adapter';
import { exclusionsProtecting } from '../../terminology/exclusions.js';
import { VALUE_SETS } from '../../terminology/value-set-catalogue.js';

/**
 * A concept for the criteria it serves: the union of `valueSets` (VSAC OIDs or
 * curated ids), minus every exclusion protecting any of `criteria`.
 *
 * @example
 * const hf = defineConcept('heart-failure', 'Heart failure', [VSAC.heartFailure, 'meridian-heart-failure'], ['cha2ds2-vasc.congestiveHeartFailure']);
 */
export function defineConcept(
  id: string,
  title: string,
  valueSets: readonly string[],
  criteria: readonly string[],
  extra: readonly ConceptExclusion[] = [],
): ClinicalConcept {
  const exclusions = [...criteria.flatMap(exclusionsProtecting), ...extra];
  return compileConcept({ id, title, valueSets, exclusions }, VALUE_SETS);
}

/**
 * A medication concept: the coded concept, plus ingredient names matched as
 * whole words in a medication's display or text when no code is recognised.
 *
 * @example
 * const vka: MedicationConcept = { concept, ingredientNames: ['warfarin'] };
 */
export interface MedicationConcept {
  readonly concept: ClinicalConcept;
  readonly ingredientNames: readonly string[];
}
