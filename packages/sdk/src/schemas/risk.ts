import { z } from 'zod';
import { bundleSchema, anyResourceSchema } from './bundle.js';
import { FHIR_ID, FORBIDDEN_TEXT_MESSAGE, hasForbiddenFhirText } from './fhir-primitives.js';

/** The ids of Meridian's validated risk calculators. */
export const CALCULATOR_IDS = ['news2', 'qsofa', 'cha2ds2-vasc', 'has-bled', 'curb-65', 'pce-ascvd', 'wells-pe'] as const;
/** One calculator id. */
export type CalculatorId = (typeof CALCULATOR_IDS)[number];

const answerText = (max: number) => z.string().max(max).refine((s) => !hasForbiddenFhirText(s), FORBIDDEN_TEXT_MESSAGE);
const answerValue = z.union([z.boolean(), z.number().finite(), answerText(100)]);
const range = z.strictObject({ min: z.number(), max: z.number() });

/**
 * Body of `POST /risk/assess`: a stored patient (`Patient/123`) or a FHIR
 * Bundle, optionally the calculators to run (default all) and clinician
 * answers for inputs a record cannot hold (keyed by input name), and the
 * instant to assess at (default now).
 *
 * @example
 * ```ts
 * riskAssessRequestSchema.parse({ patient: 'Patient/123', calculators: ['news2'], answers: { newConfusion: false } });
 * ```
 */
export const riskAssessRequestSchema = z
  .strictObject({
    patient: z
      .string()
      .refine((s) => FHIR_ID.test(s.startsWith('Patient/') ? s.slice('Patient/'.length) : s), 'a Patient reference: Patient/{id}')
      .optional(),
    bundle: bundleSchema.optional(),
    calculators: z.array(z.enum(CALCULATOR_IDS)).min(1).max(CALCULATOR_IDS.length).optional(),
    answers: z.record(answerText(64), answerValue).optional(),
    referenceTime: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((r) => (r.patient === undefined) !== (r.bundle === undefined), { message: 'give exactly one of patient or bundle' });

/** A risk assessment request. */
export type RiskAssessRequest = z.input<typeof riskAssessRequestSchema>;

const provenance = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('record'), source: z.string(), effective: z.string().optional(), stale: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('record-absence'), detail: z.string() }),
  z.strictObject({ kind: z.literal('clinician-answer') }),
  z.strictObject({ kind: z.literal('derived'), detail: z.string(), sources: z.array(z.string()) }),
]);

const band = z.strictObject({
  id: z.string(),
  label: z.string(),
  order: z.number().int(),
  description: z.string(),
  reportedRisk: z.string().optional(),
});

/** A bibliographic reference for a score. */
export const citationSchema = z.strictObject({
  authors: z.string(),
  title: z.string(),
  source: z.string(),
  year: z.number().int(),
  doi: z.string().optional(),
  url: z.string().optional(),
});

/**
 * The result of one validated calculator: points per criterion, total (or the
 * range still possible when inputs are missing, which are named), published
 * interpretation bands, a probability where the score defines one, every
 * input with its provenance, warnings and the source publications.
 */
export const riskResultSchema = z.strictObject({
  calculatorId: z.enum(CALCULATOR_IDS),
  title: z.string(),
  status: z.enum(['complete', 'incomplete', 'not-applicable']),
  variant: z.string().optional(),
  total: z.number().nullable(),
  totalRange: range.nullable(),
  criteria: z.array(
    z.strictObject({
      name: z.string(),
      label: z.string(),
      points: z.number().nullable(),
      possiblePoints: range,
      value: answerValue.nullable(),
      unit: z.string().optional(),
      inputs: z.array(z.string()),
    }),
  ),
  interpretations: z.array(
    z.strictObject({ scheme: z.string(), title: z.string(), band: band.nullable(), bandRange: z.strictObject({ lowest: band, highest: band }) }),
  ),
  probability: z
    .strictObject({ outcome: z.string(), horizon: z.string(), value: z.number().min(0).max(1).nullable(), range })
    .nullable(),
  inputs: z.array(
    z.strictObject({
      name: z.string(),
      status: z.enum(['used', 'missing', 'not-used']),
      value: answerValue.nullable(),
      unit: z.string().optional(),
      provenance: provenance.optional(),
      missingReason: z.enum(['not-recorded', 'stale', 'unrecognised-code', 'unconvertible-unit']).optional(),
      note: z.string().optional(),
    }),
  ),
  missing: z.array(z.string()),
  warnings: z.array(
    z.strictObject({ code: z.string(), message: z.string(), input: z.string().optional(), source: z.string().optional() }),
  ),
  notApplicableReasons: z.array(z.string()),
  citations: z.array(citationSchema),
});

/** The result of one calculator. */
export type RiskResult = z.infer<typeof riskResultSchema>;

/** Something in the record that was excluded or doubtful, with why (no PHI values). */
export const contextIssueSchema = z.strictObject({
  severity: z.enum(['warning', 'error', 'information']),
  code: z.string(),
  source: z.string(),
  message: z.string(),
});

/**
 * Answer of `POST /risk/assess`. `engine` is always `deterministic`: risk
 * numbers come from validated calculators, never from a language model.
 */
export const riskAssessResponseSchema = z.strictObject({
  patient: z.string(),
  referenceTime: z.string(),
  engine: z.literal('deterministic'),
  cached: z.boolean(),
  results: z.array(riskResultSchema),
  riskAssessments: z.array(anyResourceSchema),
  issues: z.array(contextIssueSchema),
});

/** A risk assessment. */
export type RiskAssessResponse = z.infer<typeof riskAssessResponseSchema>;
