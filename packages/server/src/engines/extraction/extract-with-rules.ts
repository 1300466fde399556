/**
 * The rules engine: a note in, a FHIR R4 collection Bundle out. Sentences
 * and sections are found, lexicon terms and measurements matched, each
 * mention's assertion classified by ConText, and each mention turned into
 * the resource its kind and assertion call for.
 *
 * @module
 */
import type { Bundle, Patient, Reference, Resource } from '@medplum/fhirtypes';
import { assertionOf, type AssertionStatus } from './assertion/assertion-status.js';
import { analyseSentence, classifyMention, type AnalysedSentence } from './assertion/context.js';
import { attachReactions } from './fhir/allergy-reactions.js';
import {
  buildAllergy,
  buildCondition,
  buildMedicationStatement,
  buildProcedure,
  type ResourceInput,
} from './fhir/clinical-resources.js';
import { buildFamilyHistory } from './fhir/family-history.js';
import { buildObservation } from './fhir/observation-resources.js';
import { findMentions, type Mention } from './lexicon/find-mentions.js';
import { findMeasurements } from './measurements/find-measurements.js';
import { findSections, sectionAt, type SectionKind } from './text/sections.js';
import { splitSentences, type TextRange } from './text/sentences.js';
import { emptyCounts, tallyItems, type ExtractionCounts } from './extraction-counts.js';

/** One item the engine found: its resource, span and assertion. */
export interface ExtractedItem {
  resource: Resource;
  start: number;
  end: number;
  assertion: AssertionStatus[];
}

/** What the rules engine answers. */
export interface RulesExtraction {
  bundle: Bundle;
  items: ExtractedItem[];
  counts: ExtractionCounts;
}

const ALLERGY_CUE = /\b(?:allerg(?:y|ies|ic)|intoleran(?:t|ce)|anaphylaxis|reaction to)\b/iu;

interface Located {
  sentence: TextRange;
  analysed: AnalysedSentence;
}

/** The sentence holding `offset` (binary search: sentences are sorted and disjoint), analysed once. */
function locate(
  text: string,
  sentences: readonly TextRange[],
  cache: Map<TextRange, AnalysedSentence>,
  offset: number,
): Located | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const sentence = sentences[lo];
  if (!sentence || offset < sentence.start || offset >= sentence.end) return undefined;
  let analysed = cache.get(sentence);
  if (!analysed)
    cache.set(sentence, (analysed = analyseSentence(text.slice(sentence.start, sentence.end), sentence.start)));
  return { sentence, analysed };
}

function mentionResource(
  text: string,
  m: Mention,
  where: Located,
  section: SectionKind,
  assertion: AssertionStatus[],
  subject: Reference<Patient>,
  counts: ExtractionCounts,
): Resource | undefined {
  const input: ResourceInput = { note: text, entry: m.entry, start: m.start, end: m.end, assertion, subject };
  const sentenceText = text.slice(where.sentence.start, where.sentence.end);
  const allergyContext = section === 'allergies' || ALLERGY_CUE.test(sentenceText);
  if (assertion.includes('family')) {
    if (assertion.includes('negated')) return void counts.skipped.negatedFamilyHistory++;
    return m.entry.kind === 'condition'
      ? buildFamilyHistory(input, sentenceText, m.start - where.sentence.start)
      : void counts.skipped.familyNonCondition++;
  }
  if (allergyContext && (m.entry.kind === 'medication' || m.entry.kind === 'allergen')) return buildAllergy(input);
  if (m.entry.kind === 'allergen') return void counts.skipped.allergenOutsideAllergyContext++;
  if (m.entry.kind === 'medication') return buildMedicationStatement(input);
  if (m.entry.kind === 'procedure') return buildProcedure(input);
  return buildCondition(input);
}

/**
 * Extracts with the rules engine. Never throws on any string.
 *
 * @example
 * ```ts
 * const { bundle } = extractWithRules('Denies chest pain. BP 150/90.', { reference: 'Patient/p1' });
 * bundle.entry?.map((e) => e.resource?.resourceType); // ['Condition', 'Observation']
 * ```
 */
export function extractWithRules(text: string, subject: Reference<Patient>): RulesExtraction {
  const sentences = splitSentences(text);
  const sections = findSections(text);
  const cache = new Map<TextRange, AnalysedSentence>();
  const counts = emptyCounts();
  const items: ExtractedItem[] = [];
  const measurements = findMeasurements(text);
  for (const m of findMentions(text)) {
    if (measurements.some((x) => m.start < x.end && x.start < m.end)) continue;
    const where = locate(text, sentences, cache, m.start);
    if (!where) continue;
    const section = sectionAt(sections, m.start);
    const assertion = assertionOf(classifyMention(where.analysed, m.start, m.end), section);
    const resource = mentionResource(text, m, where, section, assertion, subject, counts);
    if (resource) items.push({ resource, start: m.start, end: m.end, assertion });
  }
  for (const x of measurements) {
    const where = locate(text, sentences, cache, x.start);
    const assertion = where
      ? assertionOf(classifyMention(where.analysed, x.start, x.end), sectionAt(sections, x.start))
      : (['affirmed'] as AssertionStatus[]);
    items.push({ resource: buildObservation(text, x, assertion, subject), start: x.start, end: x.end, assertion });
  }
  items.sort((a, b) => a.start - b.start);
  const kept = attachReactions(text, items);
  tallyItems(counts, sentences, kept);
  return {
    bundle: { resourceType: 'Bundle', type: 'collection', entry: kept.map((i) => ({ resource: i.resource })) },
    items: kept,
    counts,
  };
}
