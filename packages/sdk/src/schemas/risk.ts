import { z } from 'zod';
import { bundleSchema, anyResourceSchema } from './bundle.js';
import { FHIR_ID, FORBIDDEN_TEXT_MESSAGE, hasForbiddenFhirText } from './fhir-primitives.js';

/** The ids of Meridian's validated risk calculators. */
export const CALCULATOR_IDS = [
  'news2',
  'qsofa',
  'cha2ds2-vasc',
  'has-bled',
  'curb-65',
  'pce-ascvd',
  'wells-pe',
] as const;
/** One calculator id. */
export type CalculatorId = (typeof CALCULATOR_IDS)[number];

const answerText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasForbiddenFhirText(s), FORBIDDEN_TEXT_MESSAGE);
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
      .refine(
        (s) => FHIR_ID.test(s.startsWith('Patient/') ? s.slice('Patient/'.length) : s),
        'a Patient reference: Patient/{id}',
      )
      .optional(),
    bundle: bundleSchema.optional(),
    calculators: z.array(z.enum(CALCULATOR_IDS)).min(1).max(CALCULATOR_IDS.length).optional(),
    answers: z.record(answerText(64), answerValue).optional(),
    referenceTime: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((r) => (r.patient === undefined) !== (r.bundle === undefined), {
    message: 'give exactly one of patient or bundle',
  });

/** A risk assessment request. */
export type RiskAssessRequest = z.input<typeof riskAssessRequestSchema>;

/**
 * A value set as a result names it: id, canonical URL, OID for published
 * (VSAC) sets, and title.
 */
export const valueSetRefSchema = z.strictObject({
  id: z.string(),
  url: z.string(),
  oid: z.string().optional(),
  title: z.string(),
});

/** A value set reference. */
export type ValueSetRef = z.infer<typeof valueSetRefSchema>;

/**
 * Why a diagnosis, medication or finding counted: the concept, and the coding
 * with the value set that holds it, or the ingredient name matched in its text.
 */
export const conceptMatchSchema = z.strictObject({
  concept: z.string(),
  coding: z.strictObject({ system: z.string(), code: z.string(), display: z.string().optional() }).optional(),
  valueSet: valueSetRefSchema.optional(),
  ingredientName: z.string().optional(),
  /** `terminology-server`: the loaded sets do not hold the code; the configured terminology server confirmed it. */
  via: z.literal('terminology-server').optional(),
});

/** How a coded input matched. */
export type ConceptMatchInfo = z.infer<typeof conceptMatchSchema>;

/** Where the value of an input came from. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('record'),
    source: z.string(),
    effective: z.string().optional(),
    stale: z.boolean().optional(),
    match: conceptMatchSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('record-absence'),
    detail: z.string(),
    searched: z.array(valueSetRefSchema).optional(),
  }),
  z.strictObject({ kind: z.literal('clinician-answer') }),
  z.strictObject({ kind: z.literal('derived'), detail: z.string(), sources: z.array(z.string()) }),
]);

/** The provenance of an input value. */
export type Provenance = z.infer<typeof provenanceSchema>;

/** A published interpretation band; `order` ranks bands from lowest risk (0). */
export const riskBandSchema = z.strictObject({
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

/** An inclusive numeric range. */
export const numericRangeSchema = range;

/** An inclusive numeric range. */
export type NumericRange = z.infer<typeof numericRangeSchema>;

/** The points one criterion contributed, with the value that produced them (points null when an input is missing). */
export const criterionResultSchema = z.strictObject({
  name: z.string(),
  label: z.string(),
  points: z.number().nullable(),
  possiblePoints: range,
  value: answerValue.nullable(),
  unit: z.string().optional(),
  inputs: z.array(z.string()),
});

/** One criterion of a result. */
export type CriterionResult = z.infer<typeof criterionResultSchema>;

/** A published band. */
export type RiskBand = z.infer<typeof riskBandSchema>;

/** A band assignment under one interpretation scheme; `band` is null until the band is determined. */
export const interpretationSchema = z.strictObject({
  scheme: z.string(),
  title: z.string(),
  band: riskBandSchema.nullable(),
  bandRange: z.strictObject({ lowest: riskBandSchema, highest: riskBandSchema }),
});

/** One interpretation of a result. */
export type Interpretation = z.infer<typeof interpretationSchema>;

/** A probability the score itself defines (fractions 0–1); `value` null while inputs are missing. */
export const probabilityResultSchema = z.strictObject({
  outcome: z.string(),
  horizon: z.string(),
  value: z.number().min(0).max(1).nullable(),
  range,
});

/** A score's probability. */
export type ProbabilityResult = z.infer<typeof probabilityResultSchema>;

/** A bibliographic reference. */
export type Citation = z.infer<typeof citationSchema>;

/** Why an input is missing: nothing recorded, only a stale value, a code Meridian cannot interpret, or a unit it cannot convert. */
export const MISSING_REASONS = ['not-recorded', 'stale', 'unrecognised-code', 'unconvertible-unit'] as const;

/**
 * How one declared input was resolved: `used` (with its value and
 * provenance), `missing` (counted in the result's `missing`) or `not-used`.
 * A coded input that found nothing names the value sets it searched.
 */
export const inputReportSchema = z.strictObject({
  name: z.string(),
  status: z.enum(['used', 'missing', 'not-used']),
  value: answerValue.nullable(),
  unit: z.string().optional(),
  provenance: provenanceSchema.optional(),
  missingReason: z.enum(MISSING_REASONS).optional(),
  note: z.string().optional(),
  searched: z.array(valueSetRefSchema).optional(),
});

/** One input report. */
export type InputReport = z.infer<typeof inputReportSchema>;

/** Stable codes of a result's warnings. */
export const RISK_WARNING_CODES = [
  'stale-value-used',
  'stale-value-ignored',
  'invalid-answer',
  'unrecognised-code',
  'unconvertible-unit',
  'value-rounded',
  'population-caveat',
  'proxy-used',
] as const;

/** One warning code. */
export type RiskWarningCode = (typeof RISK_WARNING_CODES)[number];

/** Something the clinician should know about how a result was computed. */
export const riskWarningSchema = z.strictObject({
  code: z.enum(RISK_WARNING_CODES),
  message: z.string(),
  input: z.string().optional(),
  source: z.string().optional(),
});

/** One warning. */
export type RiskWarning = z.infer<typeof riskWarningSchema>;

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
  criteria: z.array(criterionResultSchema),
  interpretations: z.array(interpretationSchema),
  probability: probabilityResultSchema.nullable(),
  inputs: z.array(inputReportSchema),
  missing: z.array(z.string()),
  warnings: z.array(riskWarningSchema),
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

/** Something in the record that was excluded or doubtful. */
export type ContextIssue = z.infer<typeof contextIssueSchema>;
