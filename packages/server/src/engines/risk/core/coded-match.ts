/**
 * Matching conditions and medications of the record against a criterion's
 * concept, with the provenance that says which value set (or ingredient
 * name) matched.
 *
 * @module
 */
import {
  codeKey,
  type ClinicalConcept,
  type CodingRef,
  type ConceptMatch,
  type ConditionEntry,
  type MedicationEntry,
  type PatientContext,
} from '@meridian/fhir-adapter';
import type { ConceptMatchInfo } from '@meridian/sdk';
import type { MedicationConcept } from '../codes/define-concept.js';
import { wordPattern } from './word-pattern.js';

/**
 * The memberships a terminology server confirmed, as `valueSetUrl|codeKey` keys.
 *
 * @example
 * remoteMemberships(context).has(`${url}|http://snomed.info/sct|703272007`);
 */
export function remoteMemberships(context: Pick<PatientContext, 'terminology'>): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const m of context.terminology?.memberships ?? []) {
    const key = codeKey(m.system, m.code);
    if (key) keys.add(`${m.valueSetUrl}|${key}`);
  }
  return keys;
}

/** A match the terminology server confirmed for one of the concept's sets, unless an exclusion names a coding. */
function remoteMatch(
  concept: ClinicalConcept,
  codings: readonly CodingRef[],
  remote: ReadonlySet<string>,
): ConceptMatchInfo | undefined {
  if (remote.size === 0 || concept.excludedBy(codings)) return undefined;
  for (const coding of codings) {
    const key = codeKey(coding.system, coding.code);
    if (!key) continue;
    const valueSet = concept.searched.find((ref) => remote.has(`${ref.url}|${key}`));
    if (valueSet) {
      return {
        concept: concept.id,
        coding: { system: coding.system!, code: coding.code!, ...(coding.display ? { display: coding.display } : {}) },
        valueSet: { ...valueSet },
        via: 'terminology-server',
      };
    }
  }
  return undefined;
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
export function medicationMatch(
  medication: Pick<MedicationEntry, 'codes' | 'text'>,
  concept: MedicationConcept,
  remote: ReadonlySet<string> = new Set(),
): ConceptMatchInfo | undefined {
  const coded = concept.concept.match(medication.codes);
  if (coded) return matchInfo(concept.concept.id, coded);
  const confirmed = remoteMatch(concept.concept, medication.codes, remote);
  if (confirmed) return confirmed;
  if (concept.concept.excludedBy(medication.codes)) return undefined;
  const texts = [medication.text, ...medication.codes.map((c) => c.display)].filter(
    (t): t is string => typeof t === 'string',
  );
  // One pattern of all the concept's names first: most medications name none of them.
  const any = anyNamePattern(concept);
  if (!any || !texts.some((t) => any.test(t))) return undefined;
  for (const name of concept.ingredientNames) {
    if (texts.some((t) => wordPattern(name).test(t))) return { concept: concept.concept.id, ingredientName: name };
  }
  return undefined;
}

const ANY_NAME = new WeakMap<MedicationConcept, RegExp | null>();

/** A case-insensitive pattern matching any of the concept's ingredient names as a whole word (compiled once). */
function anyNamePattern(concept: MedicationConcept): RegExp | null {
  let pattern = ANY_NAME.get(concept);
  if (pattern === undefined) {
    const names = concept.ingredientNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = names.length ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'i') : null;
    ANY_NAME.set(concept, pattern);
  }
  return pattern;
}

/** How a condition belongs to a concept, if it does. @example `conditionMatch(condition, HEART_FAILURE)` */
export function conditionMatch(
  condition: Pick<ConditionEntry, 'codes'>,
  concept: ClinicalConcept,
  remote: ReadonlySet<string> = new Set(),
): ConceptMatchInfo | undefined {
  const match = concept.match(condition.codes);
  return match ? matchInfo(concept.id, match) : remoteMatch(concept, condition.codes, remote);
}
