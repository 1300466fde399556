/**
 * Matching conditions and medications of the record against a criterion's
 * concept, with the provenance that says which value set (or ingredient
 * name) matched.
 *
 * @module
 */
import type { ConceptMatch, ConditionEntry, MedicationEntry } from '@meridian/fhir-adapter';
import type { ConceptMatchInfo } from '@meridian/sdk';
import type { MedicationConcept } from '../codes/define-concept.js';

const wordPatternCache = new Map<string, RegExp>();
function wordPattern(name: string): RegExp {
  let pattern = wordPatternCache.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    wordPatternCache.set(name, pattern);
  }
  return pattern;
}

/** The SDK's description of a concept match. @example `matchInfo('heart-failure', match)` */
export function matchInfo(concept: string, match: ConceptMatch): ConceptMatchInfo {
  return { concept, coding: { ...match.coding }, valueSet: { ...match.valueSet } };
}

/**
 * How a medication belongs to a medication concept: by an RxNorm (or other)
 * code in its value sets, else by an ingredient name in its display or text.
 * A code the concept excludes (an anticoagulant for HAS-BLED "drugs") stops
 * the name fallback too.
 *
 * @example
 * medicationMatch({ codes: [{ system: RXNORM, code: '5640' }], source: 'MedicationRequest/1' }, ANTIPLATELET_OR_NSAID);
 */
export function medicationMatch(medication: Pick<MedicationEntry, 'codes' | 'text'>, concept: MedicationConcept): ConceptMatchInfo | undefined {
  const coded = concept.concept.match(medication.codes);
  if (coded) return matchInfo(concept.concept.id, coded);
  if (concept.concept.excludedBy(medication.codes)) return undefined;
  const texts = [medication.text, ...medication.codes.map((c) => c.display)].filter((t): t is string => typeof t === 'string');
  for (const name of concept.ingredientNames) {
    if (texts.some((t) => wordPattern(name).test(t))) return { concept: concept.concept.id, ingredientName: name };
  }
  return undefined;
}

/** How a condition belongs to a concept, if it does. @example `conditionMatch(condition, HEART_FAILURE)` */
export function conditionMatch(condition: Pick<ConditionEntry, 'codes'>, concept: { readonly id: string; match: (codes: ConditionEntry['codes']) => ConceptMatch | undefined }): ConceptMatchInfo | undefined {
  const match = concept.match(condition.codes);
  return match ? matchInfo(concept.id, match) : undefined;
}
