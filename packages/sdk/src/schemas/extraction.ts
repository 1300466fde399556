import { z } from 'zod';
import { bundleSchema } from './bundle.js';
import { guardrailRemovalSchema } from './safety.js';

/** Profiles of `POST /notes/extract`: `general` (the Bundle) or `oncology` (the Bundle and the seven oncology fields). */
export const EXTRACTION_PROFILES = ['general', 'oncology'] as const;

/** Longest note accepted, in characters (notes above the server's queue threshold go through the job queue). */
export const MAX_NOTE_CHARS = 500_000;

/**
 * The request of `POST /notes/extract`: a clinical note's text, the profile,
 * and optionally the patient the note is about (the subject of every
 * resource; without it, resources name "the patient of the note").
 *
 * @example
 * ```ts
 * extractionRequestSchema.parse({ text: 'Denies chest pain. BP 142/88.', profile: 'general', patient: 'Patient/p1' });
 * ```
 */
export const extractionRequestSchema = z.strictObject({
  text: z.string().min(1).max(MAX_NOTE_CHARS),
  profile: z.enum(EXTRACTION_PROFILES).optional(),
  patient: z
    .string()
    .regex(/^Patient\/[A-Za-z0-9.-]{1,64}$/, 'a Patient reference: Patient/id')
    .optional(),
});
/** An extraction request. */
export type ExtractionRequest = z.infer<typeof extractionRequestSchema>;

const field = z.string().nullable();

/** The seven oncology fields (the slm-ft-serving seed's), each a value ("; " between several) or null. */
export const oncologyFieldsSchema = z.strictObject({
  cancer_type: field,
  stage: field,
  gene_mutation: field,
  biomarker: field,
  treatment: field,
  response: field,
  metastasis_site: field,
});
/** Oncology fields. */
export type OncologyFields = z.infer<typeof oncologyFieldsSchema>;

/**
 * Where an extraction came from: the rules engine (`rules`, also when no
 * model is configured or every model failed) or a model (`llm`, with what
 * grounding kept and dropped).
 */
export const extractionProvenanceSchema = z.strictObject({
  engine: z.enum(['rules', 'llm']),
  model: z.string().nullable(),
  promptVersion: z.string().nullable(),
  grounding: z
    .strictObject({
      proposed: z.number().int().nonnegative(),
      grounded: z.number().int().nonnegative(),
      dropped: z.number().int().nonnegative(),
      unrepresented: z.number().int().nonnegative(),
      normalisedMatches: z.number().int().nonnegative(),
      oncologyFieldsDropped: z.number().int().nonnegative(),
    })
    .nullable(),
  notes: z.array(z.string()),
  latencyMs: z.number().nonnegative(),
  /** Each item the no-dosing guardrail dropped from the result, by field path and rule. */
  guardrail: z.array(guardrailRemovalSchema).optional(),
});
/** Provenance of an extraction. */
export type ExtractionProvenance = z.infer<typeof extractionProvenanceSchema>;

/** What was and was not recognised, as counts. */
export const extractionCountsSchema = z.strictObject({
  resources: z.record(z.string(), z.number().int().nonnegative()),
  coded: z.number().int().nonnegative(),
  textOnly: z.number().int().nonnegative(),
  skipped: z.strictObject({
    negatedFamilyHistory: z.number().int().nonnegative(),
    familyNonCondition: z.number().int().nonnegative(),
    allergenOutsideAllergyContext: z.number().int().nonnegative(),
  }),
  sentences: z.number().int().nonnegative(),
  sentencesWithoutFindings: z.number().int().nonnegative(),
});
/** Extraction counts. */
export type ExtractionCounts = z.infer<typeof extractionCountsSchema>;

/**
 * The answer of `POST /notes/extract`: a FHIR R4 collection Bundle (each
 * resource with the `source-span` and `assertion` extensions), the oncology
 * fields (profile `oncology`, else null), provenance and counts. `document`
 * names the stored `DocumentReference/{id}` the text came from when it was
 * extracted through `POST /documents/{id}/extract`.
 */
export const extractionResultSchema = z.strictObject({
  patient: z.string().nullable(),
  document: z
    .string()
    .regex(/^DocumentReference\/[A-Za-z0-9.-]{1,64}$/)
    .optional(),
  profile: z.enum(EXTRACTION_PROFILES),
  bundle: bundleSchema,
  oncology: oncologyFieldsSchema.nullable(),
  provenance: extractionProvenanceSchema,
  counts: extractionCountsSchema,
});
/** An extraction result. */
export type ExtractionResult = z.infer<typeof extractionResultSchema>;
