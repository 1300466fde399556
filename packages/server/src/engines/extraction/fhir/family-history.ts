/**
 * Family history as `FamilyMemberHistory`: the resource FHIR defines for a
 * relative's conditions (a Condition would say the patient has it). The
 * relationship is the HL7 v3 RoleCode of the relative the sentence names,
 * else `FAMMEMB` (family member). A negated family mention ("no family
 * history of cancer") is not turned into a resource (FamilyMemberHistory
 * cannot refute a condition); the extraction counts it as skipped.
 *
 * @module
 */
import type { FamilyMemberHistory } from '@medplum/fhirtypes';
import { conceptOf, type ResourceInput } from './clinical-resources.js';
import { mentionExtensions } from './extensions.js';

const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
const RELATIONSHIPS: ReadonlyArray<[RegExp, string, string]> = [
  [/\bgrandmother\b/iu, 'GRMTH', 'grandmother'],
  [/\bgrandfather\b/iu, 'GRFTH', 'grandfather'],
  [/\b(?:mother|mom)\b/iu, 'MTH', 'mother'],
  [/\b(?:father|dad)\b/iu, 'FTH', 'father'],
  [/\bsister\b/iu, 'SIS', 'sister'],
  [/\bbrother\b/iu, 'BRO', 'brother'],
  [/\bdaughter\b/iu, 'DAU', 'daughter'],
  [/\bson\b/iu, 'SON', 'son'],
  [/\baunt\b/iu, 'AUNT', 'aunt'],
  [/\buncle\b/iu, 'UNCLE', 'uncle'],
  [/\bcousin\b/iu, 'COUSN', 'cousin'],
  [/\bsiblings?\b/iu, 'SIB', 'sibling'],
  [/\bparents?\b/iu, 'PRN', 'parent'],
];

/** The clause (between semicolons) of `sentence` holding `offset`. */
function clauseAt(sentence: string, offset: number): string {
  const start = sentence.lastIndexOf(';', offset - 1) + 1;
  const end = sentence.indexOf(';', offset);
  return sentence.slice(start, end < 0 ? sentence.length : end);
}

/**
 * A FamilyMemberHistory for a family-history mention at `offset` of
 * `sentence`: the relative named in its clause, else in the sentence.
 *
 * @example
 * ```ts
 * buildFamilyHistory(input, 'Mother had breast cancer.', 11).relationship.coding?.[0]?.code; // 'MTH'
 * ```
 */
export function buildFamilyHistory(input: ResourceInput, sentence: string, offset = 0): FamilyMemberHistory {
  const clause = clauseAt(sentence, offset);
  const [, code, display] = RELATIONSHIPS.find(([pattern]) => pattern.test(clause)) ??
    RELATIONSHIPS.find(([pattern]) => pattern.test(sentence)) ?? [null, 'FAMMEMB', 'family member'];
  return {
    resourceType: 'FamilyMemberHistory',
    extension: mentionExtensions(input.note, input.start, input.end, input.assertion),
    status: 'completed',
    patient: input.subject,
    relationship: { coding: [{ system: ROLE_CODE, code, display }] },
    condition: [{ code: conceptOf(input.entry, input.note.slice(input.start, input.end)) }],
  };
}
