/**
 * Grounding a model's extraction in the note: every item and every oncology
 * field must quote evidence found in the note (exactly or normalised), and an
 * observation's value must appear in its evidence; anything else is dropped
 * and counted. The Bundle holds only grounded items.
 *
 * @module
 */
import type { Patient, Reference } from '@medplum/fhirtypes';
import type { ExtractedItem } from '../extract-with-rules.js';
import { attachReactions } from '../fhir/allergy-reactions.js';
import { emptyOncologyRecord, ONCOLOGY_FIELDS, type OncologyRecord } from '../oncology/oncology-fields.js';
import { draftResource } from './draft-resources.js';
import { findEvidence } from './find-evidence.js';
import type { ExtractionDraft } from './model-draft.js';
import type { TextRange } from '../text/sentences.js';

/** What grounding kept and dropped (counts only). */
export interface GroundingCounts {
  proposed: number;
  grounded: number;
  /** Items whose evidence is not in the note, or an observation whose value is not in its evidence. */
  dropped: number;
  /** Of the grounded items, those Meridian does not turn into a resource (a relative's medication, an observation without a value). */
  unrepresented: number;
  /** Of the grounded items, how many matched only after normalisation. */
  normalisedMatches: number;
  oncologyFieldsDropped: number;
}

/** The grounded result of a draft. */
export interface GroundedDraft {
  items: ExtractedItem[];
  oncology: OncologyRecord | null;
  grounding: GroundingCounts;
}

const numberIn = (evidence: string, value: number) =>
  (evidence.match(/\d+(?:\.\d+)?/gu) ?? []).some((n) => Number(n) === value);

/**
 * Keeps what the note supports; with `within` (the piece of a long note the
 * model was shown), evidence is looked for there first.
 *
 * @example
 * ```ts
 * groundDraft('Denies chest pain.', { items: [fabricated], oncology: null }, subject).grounding.dropped; // 1
 * ```
 */
export function groundDraft(
  note: string,
  draft: ExtractionDraft,
  subject: Reference<Patient>,
  within?: TextRange,
): GroundedDraft {
  const grounding: GroundingCounts = {
    proposed: draft.items.length,
    grounded: 0,
    dropped: 0,
    unrepresented: 0,
    normalisedMatches: 0,
    oncologyFieldsDropped: 0,
  };
  const items: ExtractedItem[] = [];
  for (const item of draft.items) {
    const span = findEvidence(note, item.evidence, within);
    const evidence = span ? note.slice(span.start, span.end) : '';
    if (!span || (item.kind === 'observation' && item.value !== null && !numberIn(evidence, item.value))) {
      grounding.dropped++;
      continue;
    }
    grounding.grounded++;
    if (span.match === 'normalised') grounding.normalisedMatches++;
    const resource = draftResource(note, item, span, subject);
    if (!resource) {
      grounding.unrepresented++;
      continue;
    }
    items.push({ resource, start: span.start, end: span.end, assertion: [item.assertion] });
  }
  let oncology: OncologyRecord | null = null;
  if (draft.oncology) {
    oncology = emptyOncologyRecord();
    for (const field of ONCOLOGY_FIELDS) {
      const answer = draft.oncology[field];
      if (!answer) continue;
      if (findEvidence(note, answer.evidence, within)) oncology[field] = answer.value;
      else grounding.oncologyFieldsDropped++;
    }
  }
  items.sort((a, b) => a.start - b.start);
  return { items: attachReactions(note, items), oncology, grounding };
}
