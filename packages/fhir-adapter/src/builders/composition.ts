/**
 * `Composition` for Meridian's case summaries, with escaped XHTML narratives.
 *
 * @module
 */
import type { Composition, CompositionSection } from '@medplum/fhirtypes';
import { CODE_SYSTEMS } from '../context/code-systems.js';
import type { CodingRef } from '../context/types.js';
import { assertDateTime, assertReference, toConcept } from './coding.js';
import { narrativeDiv } from './xhtml.js';

/**
 * LOINC 60591-5 Patient summary Document, the default `Composition.type`.
 *
 * @example
 * ```ts
 * import { LOINC_PATIENT_SUMMARY_DOCUMENT } from '@meridian/fhir-adapter';
 * buildComposition({ ..., type: LOINC_PATIENT_SUMMARY_DOCUMENT });
 * ```
 */
export const LOINC_PATIENT_SUMMARY_DOCUMENT = {
  system: CODE_SYSTEMS.loinc,
  code: '60591-5',
  display: 'Patient summary Document',
} as const;

/**
 * One section: plain-text paragraphs (escaped into `text.div`) and optional entries.
 *
 * @example
 * ```ts
 * const section: CompositionSectionInput = { title: 'Red flags', paragraphs: ['SpO2 < 92 %'], entries: ['DetectedIssue/1'] };
 * ```
 */
export interface CompositionSectionInput {
  title: string;
  paragraphs: readonly string[];
  code?: CodingRef;
  /** References to the resources the section summarises. */
  entries?: readonly string[];
}

/**
 * Input of `buildComposition`.
 *
 * @example
 * ```ts
 * const input: CompositionInput = { subject: 'Patient/123', date: '2024-05-01T12:00:00Z', title: 'Case summary', sections: [] };
 * ```
 */
export interface CompositionInput {
  id?: string;
  subject: string;
  date: string;
  title: string;
  sections: readonly CompositionSectionInput[];
  /** Default LOINC 60591-5 Patient summary Document. */
  type?: CodingRef;
  /** Default `preliminary`: machine-generated text awaiting clinician review. */
  status?: 'preliminary' | 'final' | 'amended';
  /** Author reference (e.g. `Device/meridian`); default a display-only reference to Meridian. */
  author?: string;
  encounter?: string;
}

/**
 * Builds an R4 `Composition` whose sections carry XHTML narratives with all
 * text escaped (so model-generated text cannot inject markup).
 *
 * @example
 * ```ts
 * import { buildComposition } from '@meridian/fhir-adapter';
 * const doc = buildComposition({
 *   subject: 'Patient/123', date: '2024-05-01T12:00:00Z', title: 'Meridian case summary',
 *   sections: [{ title: 'Assessment', paragraphs: ['NEWS2 7 (high) <- RR 26, SpO2 91 %'] }],
 * });
 * ```
 */
export function buildComposition(input: CompositionInput): Composition {
  assertReference(input.subject, 'subject');
  assertDateTime(input.date, 'date');
  const author =
    input.author === undefined
      ? { display: 'Meridian clinical decision support' }
      : (assertReference(input.author, 'author'), { reference: input.author });
  const resource: Composition = {
    resourceType: 'Composition',
    status: input.status ?? 'preliminary',
    type: toConcept(input.type ?? LOINC_PATIENT_SUMMARY_DOCUMENT),
    subject: { reference: input.subject },
    date: input.date,
    author: [author],
    title: input.title,
  };
  if (input.id !== undefined) resource.id = input.id;
  if (input.encounter !== undefined) {
    assertReference(input.encounter, 'encounter');
    resource.encounter = { reference: input.encounter };
  }
  if (input.sections.length > 0) resource.section = input.sections.map(buildSection);
  return resource;
}

function buildSection(input: CompositionSectionInput, index: number): CompositionSection {
  const section: CompositionSection = {
    title: input.title,
    text: { status: 'generated', div: narrativeDiv(input.paragraphs) },
  };
  if (input.code !== undefined) section.code = toConcept(input.code);
  const entries = input.entries ?? [];
  entries.forEach((r, i) => assertReference(r, `sections[${index}].entries[${i}]`));
  if (entries.length > 0) section.entry = entries.map((reference) => ({ reference }));
  return section;
}
