/**
 * FHIR R4 resources for lexicon mentions, with their assertion mapped onto
 * FHIR's own status elements:
 *
 * - Condition: negated → `verificationStatus` refuted; uncertain →
 *   unconfirmed; otherwise confirmed. Historical → `onsetString` "before
 *   this note" with no `clinicalStatus`: "history of" says the onset is past,
 *   not whether it resolved. Affirmed, current → clinicalStatus active.
 * - Family history → `FamilyMemberHistory` (see `family-history.ts`), never a
 *   Condition: a Condition's subject has the condition.
 * - MedicationStatement: negated → not-taken; historical → completed;
 *   uncertain → unknown; otherwise active.
 * - Procedure: negated → not-done; uncertain → unknown; otherwise completed.
 * - AllergyIntolerance: negated → verificationStatus refuted; uncertain →
 *   unconfirmed; otherwise confirmed and active.
 *
 * @module
 */
import type {
  AllergyIntolerance,
  CodeableConcept,
  Condition,
  MedicationStatement,
  Procedure,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import type { AssertionStatus } from '../assertion/assertion-status.js';
import type { LexiconEntry } from '../lexicon/lexicon-entry.js';
import { mentionExtensions } from './extensions.js';

const TERM = 'http://terminology.hl7.org/CodeSystem/';
const status = (system: string, code: string): CodeableConcept => ({ coding: [{ system: `${TERM}${system}`, code }] });

/** A mention ready to become a resource. */
export interface ResourceInput {
  note: string;
  entry: LexiconEntry;
  start: number;
  end: number;
  assertion: readonly AssertionStatus[];
  subject: Reference<Patient>;
}

/**
 * The resource's `code`: the curated codings, else text only.
 *
 * @example
 * ```ts
 * conceptOf({ kind: 'procedure', name: 'mastectomy', terms: [], codings: [] }, 'Mastectomy'); // { text: 'Mastectomy' }
 * ```
 */
export function conceptOf(entry: LexiconEntry, surface: string): CodeableConcept {
  const coding = entry.codings.map((c) => ({
    system: c.system,
    code: c.code,
    ...(c.display ? { display: c.display } : {}),
  }));
  return coding.length > 0 ? { coding, text: surface } : { text: surface };
}

/** A Condition for the mention. @example `buildCondition(input).verificationStatus` */
export function buildCondition(input: ResourceInput): Condition {
  const a = new Set(input.assertion);
  const verification = a.has('negated') ? 'refuted' : a.has('uncertain') ? 'unconfirmed' : 'confirmed';
  const current = !a.has('negated') && !a.has('historical');
  return {
    resourceType: 'Condition',
    extension: mentionExtensions(input.note, input.start, input.end, input.assertion),
    ...(current ? { clinicalStatus: status('condition-clinical', 'active') } : {}),
    verificationStatus: status('condition-ver-status', verification),
    code: conceptOf(input.entry, input.note.slice(input.start, input.end)),
    subject: input.subject,
    ...(a.has('historical') && !a.has('negated') ? { onsetString: 'before this note' } : {}),
  };
}

/** A MedicationStatement for the mention. @example `buildMedicationStatement(input).status` */
export function buildMedicationStatement(input: ResourceInput): MedicationStatement {
  const a = new Set(input.assertion);
  const state = a.has('negated')
    ? 'not-taken'
    : a.has('historical')
      ? 'completed'
      : a.has('uncertain')
        ? 'unknown'
        : 'active';
  return {
    resourceType: 'MedicationStatement',
    extension: mentionExtensions(input.note, input.start, input.end, input.assertion),
    status: state,
    medicationCodeableConcept: conceptOf(input.entry, input.note.slice(input.start, input.end)),
    subject: input.subject,
  };
}

/** A Procedure for the mention. @example `buildProcedure(input).status` */
export function buildProcedure(input: ResourceInput): Procedure {
  const a = new Set(input.assertion);
  const state = a.has('negated') ? 'not-done' : a.has('uncertain') ? 'unknown' : 'completed';
  return {
    resourceType: 'Procedure',
    extension: mentionExtensions(input.note, input.start, input.end, input.assertion),
    status: state,
    code: conceptOf(input.entry, input.note.slice(input.start, input.end)),
    subject: input.subject,
  };
}

/** An AllergyIntolerance for the mention (`patient` is the subject). @example `buildAllergy(input).verificationStatus` */
export function buildAllergy(input: ResourceInput): AllergyIntolerance {
  const a = new Set(input.assertion);
  const verification = a.has('negated') ? 'refuted' : a.has('uncertain') ? 'unconfirmed' : 'confirmed';
  return {
    resourceType: 'AllergyIntolerance',
    extension: mentionExtensions(input.note, input.start, input.end, input.assertion),
    ...(verification === 'refuted' ? {} : { clinicalStatus: status('allergyintolerance-clinical', 'active') }),
    verificationStatus: status('allergyintolerance-verification', verification),
    code: conceptOf(input.entry, input.note.slice(input.start, input.end)),
    patient: input.subject,
  };
}
