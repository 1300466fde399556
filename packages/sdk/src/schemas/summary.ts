import { z } from 'zod';
import { bundleSchemaOf } from './bundle.js';
import { guardrailRemovalSchema } from './safety.js';

/** The sections of a patient summary, in the order they appear in the Composition. */
export const SUMMARY_SECTIONS = [
  'problems',
  'medications',
  'allergies',
  'vital-signs',
  'laboratory',
  'encounters',
  'risk-scores',
  'red-flags',
] as const;
/** One of {@link SUMMARY_SECTIONS}. */
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** Which engine wrote a sentence: the deterministic rules, or a language model (then checked). */
export const SUMMARY_ENGINES = ['rules', 'llm'] as const;

/**
 * One sentence of a summary with the resources it was written from
 * (`Observation/…`, `Condition/…`): every one exists in the patient's record.
 */
export const summarySentenceSchema = z.strictObject({
  section: z.enum(SUMMARY_SECTIONS),
  text: z.string().min(1).max(2000),
  sources: z.array(z.string().regex(/^[A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/)).min(1),
  engine: z.enum(SUMMARY_ENGINES),
});
/** A summary sentence. */
export type SummarySentence = z.infer<typeof summarySentenceSchema>;

/** Direction of a trend over its last values. */
export const TREND_DIRECTIONS = ['rising', 'falling', 'stable', 'single-value'] as const;

/** The last values of one vital sign or laboratory measure, in its canonical UCUM unit, and their direction. */
export const summaryTrendSchema = z.strictObject({
  concept: z.string(),
  label: z.string(),
  kind: z.enum(['vital-sign', 'laboratory']),
  unit: z.string(),
  direction: z.enum(TREND_DIRECTIONS),
  /** Last value minus the first of `values` (canonical unit); `null` with one value. */
  change: z.number().nullable(),
  values: z
    .array(z.strictObject({ value: z.number(), effective: z.string(), source: z.string(), stale: z.boolean() }))
    .min(1),
});
/** A trend. */
export type SummaryTrend = z.infer<typeof summaryTrendSchema>;

/** Counts of narrative sentences the checks dropped. */
export const summaryRemovalsSchema = z.strictObject({
  /** Sentences naming a dose, route or frequency, or telling to start/stop/change a medication. */
  dosing: z.number().int().nonnegative(),
  /** Sentences citing nothing. */
  uncited: z.number().int().nonnegative(),
  /** Sentences citing a resource that is not in the patient's record. */
  ungrounded: z.number().int().nonnegative(),
});

/** Which engine wrote the narrative, with what, and what the checks removed. */
export const summaryProvenanceSchema = z.strictObject({
  engine: z.enum(SUMMARY_ENGINES),
  endpoint: z.string().optional(),
  model: z.string().optional(),
  promptVersion: z.string(),
  /** Date-ordered chunks the record's sentences were sent to the model in (0 for the rules engine). */
  chunks: z.number().int().nonnegative(),
  latencyMs: z.number().nonnegative(),
  fallbacks: z.array(z.strictObject({ model: z.string(), reason: z.string() })),
  removals: summaryRemovalsSchema,
  /** Each item the no-dosing guardrail dropped from the finished summary, by field path and rule (counted in `removals.dosing`). */
  guardrail: z.array(guardrailRemovalSchema).optional(),
  /** Why the rules engine wrote the narrative, when it did. */
  note: z.string().optional(),
});
/** Provenance of a summary. */
export type SummaryProvenance = z.infer<typeof summaryProvenanceSchema>;

/**
 * Body of `POST /patients/{id}/summary` (all optional): the instant the
 * summary describes (default now), how many recent values each trend shows
 * (2–20, default 5), and how many encounters to list (default 10).
 */
export const summaryRequestSchema = z.strictObject({
  referenceTime: z.iso.datetime({ offset: true }).optional(),
  trendPoints: z.number().int().min(2).max(20).optional(),
  encounters: z.number().int().min(0).max(100).optional(),
});
/** A summary request. */
export type SummaryRequest = z.infer<typeof summaryRequestSchema>;

/** A FHIR resource as a summary's document Bundle carries it. */
const documentResourceSchema = z.looseObject({ resourceType: z.string(), id: z.string().optional() });

/**
 * A patient summary: the FHIR document (a `Bundle` of type `document` whose
 * first entry is the `Composition`, followed by every resource a section
 * cites, so a client resolves each reference in the Bundle), the record's
 * sentences (rules engine), the narrative (a checked model's, or the rules
 * one), the trends, and the provenance.
 */
export const patientSummarySchema = z.strictObject({
  patient: z.string(),
  referenceTime: z.string(),
  document: bundleSchemaOf(documentResourceSchema),
  sentences: z.array(summarySentenceSchema),
  narrative: z.array(summarySentenceSchema),
  trends: z.array(summaryTrendSchema),
  provenance: summaryProvenanceSchema,
});
/** A patient summary. */
export type PatientSummary = z.infer<typeof patientSummarySchema>;
