/**
 * A grounded model item as a FHIR resource: the same builders as the rules
 * engine, with the lexicon's code when the item's name or evidence names a
 * lexicon term (never a code the model wrote: it is not asked for one).
 *
 * @module
 */
import { ucumCodeOf } from '@meridian/fhir-adapter';
import type { Patient, Reference, Resource } from '@medplum/fhirtypes';
import {
  buildAllergy,
  buildCondition,
  buildMedicationStatement,
  buildProcedure,
  type ResourceInput,
} from '../fhir/clinical-resources.js';
import { buildFamilyHistory } from '../fhir/family-history.js';
import { buildObservation } from '../fhir/observation-resources.js';
import { extractionLexicon } from '../lexicon/extraction-lexicon.js';
import { findMentions } from '../lexicon/find-mentions.js';
import type { LexiconEntry, MentionKind } from '../lexicon/lexicon-entry.js';
import { MEASUREMENT_TERMS } from '../measurements/measurement-terms.js';
import type { DraftItem } from './model-draft.js';

const KIND: Readonly<Record<Exclude<DraftItem['kind'], 'observation'>, MentionKind>> = {
  condition: 'condition',
  medication: 'medication',
  allergy: 'allergen',
  procedure: 'procedure',
};

function entryFor(item: DraftItem, evidence: string): LexiconEntry {
  const kind = item.kind === 'observation' ? 'condition' : KIND[item.kind];
  const wanted = (e: LexiconEntry) => e.kind === kind || (kind === 'allergen' && e.kind === 'medication');
  const byName = extractionLexicon().get(item.name.toLowerCase());
  if (byName && wanted(byName)) return byName;
  const inEvidence = findMentions(evidence).find((m) => wanted(m.entry));
  return inEvidence?.entry ?? { kind, name: item.name, terms: [], codings: [] };
}

/**
 * The resource of a grounded item at `[start, end)` of `note`, or `undefined`
 * for an observation without a value.
 *
 * @example
 * ```ts
 * draftResource(note, item, span, { reference: 'Patient/p1' })?.resourceType; // 'Condition'
 * ```
 */
export function draftResource(
  note: string,
  item: DraftItem,
  span: { start: number; end: number },
  subject: Reference<Patient>,
): Resource | undefined {
  const evidence = note.slice(span.start, span.end);
  const assertion = [item.assertion];
  if (item.kind === 'observation') {
    if (item.value === null) return undefined;
    const known = MEASUREMENT_TERMS.find((t) => t.names.includes(item.name.toLowerCase()));
    const term = known ?? { names: [item.name], coding: null, category: 'laboratory' as const };
    const unit = item.unit?.replace(/[.,;:!?)\]]+$/u, '') || undefined;
    const ucum = unit ? ucumCodeOf(unit) : undefined;
    const value = { value: item.value, ...(unit ? { unit } : {}), ...(ucum ? { ucum } : {}) };
    return buildObservation(
      note,
      { term, start: span.start, end: span.end, text: evidence, values: [value] },
      assertion,
      subject,
    );
  }
  const input: ResourceInput = {
    note,
    entry: entryFor(item, evidence),
    start: span.start,
    end: span.end,
    assertion,
    subject,
  };
  if (item.assertion === 'family') return item.kind === 'condition' ? buildFamilyHistory(input, evidence) : undefined;
  if (item.kind === 'allergy') return buildAllergy(input);
  if (item.kind === 'medication') return buildMedicationStatement(input);
  if (item.kind === 'procedure') return buildProcedure(input);
  return buildCondition(input);
}
