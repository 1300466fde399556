import { buildComposition, LOINC_PATIENT_SUMMARY_DOCUMENT, narrativeDiv } from '@meridian/fhir-adapter';
import { SUMMARY_SECTIONS, type PatientSummary, type SummarySentence } from '@meridian/sdk';
import { SUMMARY_SECTION_META } from './sections.js';

/** The Device that authors Meridian's summaries (`Composition.author`). */
export const SUMMARY_DEVICE_ID = 'meridian-summary-engine';

/** What a summary document is built from. */
export interface SummaryDocumentInput {
  id: string;
  patient: string;
  date: string;
  /** The rules engine's sentences (the sections). */
  sentences: readonly SummarySentence[];
  /** The narrative shown as `Composition.text`. */
  narrative: readonly SummarySentence[];
  /** The patient's record by `Type/id`: every cited resource is taken from here. */
  record: ReadonlyMap<string, { resourceType: string; id?: string | undefined }>;
  /** Base of `fullUrl`s (`https://meridian.example/fhir`). */
  fhirBase: string;
  /** Engine version, on the Device. */
  version: string;
}

/**
 * A FHIR document `Bundle`: the `Composition` first (LOINC 60591-5 Patient
 * summary Document, status `preliminary`: machine-written, not attested by a
 * clinician; author the summary engine's Device; one section per non-empty
 * summary section with its LOINC section code, its sentences as the
 * narrative and every cited resource as `section.entry`), then the Device
 * and every resource the Composition references, so each reference resolves
 * inside the Bundle.
 *
 * @example
 * ```ts
 * const bundle = buildSummaryDocument({ id, patient: 'Patient/p1', date, sentences, narrative, record, fhirBase, version: '0.1.0' });
 * bundle.entry[0].resource.resourceType; // 'Composition'
 * ```
 */
export function buildSummaryDocument(input: SummaryDocumentInput): PatientSummary['document'] {
  const sections = SUMMARY_SECTIONS.map((section) => ({
    section,
    items: input.sentences.filter((s) => s.section === section),
  })).filter((s) => s.items.length);
  const composition = buildComposition({
    id: input.id,
    subject: input.patient,
    date: input.date,
    title: 'Patient summary',
    type: LOINC_PATIENT_SUMMARY_DOCUMENT,
    status: 'preliminary',
    author: `Device/${SUMMARY_DEVICE_ID}`,
    sections: sections.map(({ section, items }) => ({
      title: SUMMARY_SECTION_META[section].title,
      ...(SUMMARY_SECTION_META[section].code ? { code: SUMMARY_SECTION_META[section].code } : {}),
      paragraphs: items.map((s) => s.text),
      entries: [...new Set(items.flatMap((s) => s.sources))],
    })),
  });
  composition.text = { status: 'generated', div: narrativeDiv(input.narrative.map((s) => s.text)) };
  const device = {
    resourceType: 'Device',
    id: SUMMARY_DEVICE_ID,
    deviceName: [{ name: 'Meridian summary engine', type: 'manufacturer-name' }],
    version: [{ value: input.version }],
  };
  const cited = new Set([
    input.patient,
    ...input.sentences.flatMap((s) => s.sources),
    ...input.narrative.flatMap((s) => s.sources),
  ]);
  const resources = [...cited].map((ref) => input.record.get(ref)).filter((r) => r !== undefined);
  const entry = [composition as { resourceType: string; id?: string }, device, ...resources].map((resource) => ({
    fullUrl: `${input.fhirBase}/${resource.resourceType}/${resource.id}`,
    resource,
  }));
  return {
    resourceType: 'Bundle',
    id: input.id,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${input.id}` },
    type: 'document',
    timestamp: input.date,
    entry,
  };
}
