import { z } from 'zod';
import { bundleSchema } from './bundle.js';
import { CALCULATOR_IDS } from './risk.js';
import { guardrailRemovalSchema } from './safety.js';

/** A FHIR reference to a resource of the patient's record (`Observation/rr-1`). */
const resourceReference = z.string().regex(/^[A-Z][A-Za-z]{1,63}\/[A-Za-z0-9.-]{1,64}$/, 'a FHIR reference: Type/id');

/**
 * What a claim rests on: a fact of the patient's record (the FHIR resource it
 * came from) or a retrieved guideline chunk (its id). Meridian drops any
 * differential or red flag whose citations do not exist in the request's
 * patient data or retrieved chunks.
 *
 * @example
 * ```ts
 * analysisCitationSchema.parse({ kind: 'patient-fact', reference: 'Observation/rr-1' });
 * analysisCitationSchema.parse({ kind: 'guideline', chunkId: 'gch-0f3a9c' });
 * ```
 */
export const analysisCitationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('patient-fact'), reference: resourceReference }),
  z.strictObject({ kind: z.literal('guideline'), chunkId: z.string().min(1).max(80) }),
]);
/** One citation of a claim. */
export type AnalysisCitation = z.infer<typeof analysisCitationSchema>;

/** Likelihood bands of a differential. */
export const LIKELIHOOD_BANDS = ['low', 'moderate', 'high'] as const;
/** One of {@link LIKELIHOOD_BANDS}. */
export type LikelihoodBand = (typeof LIKELIHOOD_BANDS)[number];

/**
 * The probability range each likelihood band stands for: a band is a stated
 * uncertainty, never a point estimate.
 *
 * @example
 * ```ts
 * LIKELIHOOD_RANGES.moderate; // { min: 0.2, max: 0.6 }
 * ```
 */
export const LIKELIHOOD_RANGES = {
  low: { min: 0, max: 0.2 },
  moderate: { min: 0.2, max: 0.6 },
  high: { min: 0.6, max: 1 },
} as const satisfies Record<LikelihoodBand, { min: number; max: number }>;

/** A likelihood: a band and the probability range within it. */
export const likelihoodSchema = z
  .strictObject({
    band: z.enum(LIKELIHOOD_BANDS),
    probabilityRange: z.strictObject({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) }),
  })
  .refine((l) => l.probabilityRange.min <= l.probabilityRange.max, {
    message: 'probabilityRange.min must not exceed max',
  })
  .refine(
    (l) =>
      l.probabilityRange.min >= LIKELIHOOD_RANGES[l.band].min - 1e-9 &&
      l.probabilityRange.max <= LIKELIHOOD_RANGES[l.band].max + 1e-9,
    {
      message: 'probabilityRange must lie within the band (low 0–0.2, moderate 0.2–0.6, high 0.6–1)',
    },
  );

/** A coding of a condition (SNOMED CT, ICD-10-CM), where known. */
export const conditionCodeSchema = z.strictObject({
  system: z.string().min(1).max(200),
  code: z.string().min(1).max(64),
  display: z.string().max(300).optional(),
});

const claimText = z.string().min(1).max(1000);

/**
 * One differential diagnosis: the condition, its likelihood band with the
 * probability range, the findings for and against it, and what it rests on.
 */
export const differentialSchema = z.strictObject({
  condition: z.string().min(1).max(300),
  code: conditionCodeSchema.optional(),
  likelihood: likelihoodSchema,
  findingsFor: z.array(claimText).max(20),
  findingsAgainst: z.array(claimText).max(20),
  citations: z.array(analysisCitationSchema).max(20),
});
/** A differential diagnosis. */
export type Differential = z.infer<typeof differentialSchema>;

/** Urgency levels, shared by red flags and the escalation. */
export const URGENCY_LEVELS = ['routine', 'urgent', 'emergency'] as const;
/** One of {@link URGENCY_LEVELS}. */
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

/** A red flag: a finding, why it matters, how urgent it is, and what it rests on. */
export const redFlagSchema = z.strictObject({
  finding: claimText,
  why: claimText,
  urgency: z.enum(URGENCY_LEVELS),
  citations: z.array(analysisCitationSchema).max(20),
});
/** A red flag. */
export type RedFlag = z.infer<typeof redFlagSchema>;

/** The escalation advised: a level and advice text (never a treatment). */
export const escalationSchema = z.strictObject({ level: z.enum(URGENCY_LEVELS), advice: z.string().min(1).max(2000) });
/** An escalation. */
export type Escalation = z.infer<typeof escalationSchema>;

/**
 * One risk score as the case analysis reports it, always from Meridian's
 * validated calculators (never from a language model).
 */
export const analysisRiskScoreSchema = z.strictObject({
  calculatorId: z.enum(CALCULATOR_IDS),
  title: z.string(),
  status: z.enum(['complete', 'incomplete', 'not-applicable']),
  total: z.number().nullable(),
  totalRange: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  band: z.strictObject({ id: z.string(), label: z.string() }).nullable(),
  missing: z.array(z.string()),
});
/** A risk score in a case analysis. */
export type AnalysisRiskScore = z.infer<typeof analysisRiskScoreSchema>;

/** How a query was triaged: `urgent` findings and low-confidence analyses are escalated for human review. */
export const TRIAGE_LEVELS = ['routine', 'complex', 'urgent'] as const;

/** Counts of what the guardrails removed from an answer. */
export const removalCountsSchema = z.strictObject({
  /** Sentences or items naming a dose, route or frequency, or telling to start/stop/change a medication. */
  dosing: z.number().int().nonnegative(),
  /** Differentials and red flags with no citation. */
  uncited: z.number().int().nonnegative(),
  /** Differentials and red flags citing something absent from the patient data and retrieved chunks. */
  fabricatedCitations: z.number().int().nonnegative(),
  /** Guideline citations removed because the passage did not pass the relevance threshold for the claim's condition. */
  irrelevantCitations: z.number().int().nonnegative().optional(),
});

/**
 * How the clinical floor held the answer: the escalation the scores' certain
 * bands and the hard red flags demand, the level the drafting engine gave,
 * and whether the floor overrode it (a model may raise the escalation, never
 * lower it below the floor).
 *
 * @example
 * ```ts
 * escalationFloorSchema.parse({ level: 'emergency', draftedLevel: 'routine', applied: true, reasons: ['NEWS2 at least 9 (…)'], addedRedFlags: 2 });
 * ```
 */
export const escalationFloorSchema = z.strictObject({
  level: z.enum(URGENCY_LEVELS),
  draftedLevel: z.enum(URGENCY_LEVELS),
  /** True when the drafted escalation was below the floor and was raised to it. */
  applied: z.boolean(),
  /** What set the floor: scores at their certain bands, red flags. */
  reasons: z.array(z.string()),
  /** Red flags of the floor the draft lacked, added to the answer. */
  addedRedFlags: z.number().int().nonnegative(),
});
/** How the clinical floor held an answer. */
export type EscalationFloorRecord = z.infer<typeof escalationFloorSchema>;

/**
 * One key finding of the case summary (`HR 118`, `NEWS2 at least 9 (high)`)
 * with the patient facts it rests on.
 *
 * @example
 * ```ts
 * summaryFindingSchema.parse({ text: 'HR 118', citations: [{ kind: 'patient-fact', reference: 'Observation/hr-1' }] });
 * ```
 */
export const summaryFindingSchema = z.strictObject({
  text: claimText,
  citations: z.array(analysisCitationSchema).max(20),
});
/** A cited finding of the case summary. */
export type SummaryFinding = z.infer<typeof summaryFindingSchema>;

/** Which engine answered, with what, and how long it took. */
export const analysisProvenanceSchema = z.strictObject({
  engine: z.enum(['llm', 'rules']),
  /** The model endpoint's origin (`http://vllm:8000`), never a key. */
  endpoint: z.string().optional(),
  model: z.string().optional(),
  /** The LoRA adapter served over `model`, when one answered. */
  adapter: z.string().optional(),
  promptVersion: z.string(),
  retrievedChunks: z.array(z.string()),
  latencyMs: z.number().nonnegative(),
  /** Models tried before the one that answered (or before the rules engine), with why they were passed over. */
  fallbacks: z.array(z.strictObject({ model: z.string(), reason: z.string() })),
  removals: removalCountsSchema,
  /** Each item the no-dosing guardrail dropped, by field path and rule (counted in `removals.dosing`). */
  guardrail: z.array(guardrailRemovalSchema).optional(),
  /** How the clinical floor held the escalation (absent from analyses made before it existed). */
  escalationFloor: escalationFloorSchema.optional(),
  cached: z.boolean(),
  /** Why the rules engine answered, when it did. */
  note: z.string().optional(),
});
/** Provenance of a case analysis. */
export type AnalysisProvenance = z.infer<typeof analysisProvenanceSchema>;

/**
 * A structured case analysis a clinician can check claim by claim. It never
 * prescribes and never gives a dose.
 */
export const caseAnalysisSchema = z.strictObject({
  patient: z.string(),
  referenceTime: z.string(),
  caseSummary: z.string(),
  /** The summary's key findings, each with the patient facts it rests on. */
  summaryFindings: z.array(summaryFindingSchema).optional(),
  differentials: z.array(differentialSchema),
  redFlags: z.array(redFlagSchema),
  riskScores: z.array(analysisRiskScoreSchema),
  escalation: escalationSchema,
  triage: z.enum(TRIAGE_LEVELS),
  disclaimers: z.array(z.string()).min(1),
  provenance: analysisProvenanceSchema,
  /** The escalation record created for human review, when one was. */
  escalationRecordId: z.string().optional(),
});
/** A case analysis. */
export type CaseAnalysis = z.infer<typeof caseAnalysisSchema>;

/**
 * Body of `POST /cases/analyze`: a stored patient or a Bundle, an optional
 * question, and how long the caller will wait for a synchronous answer
 * (`budgetMs`, default 10 000; past it the answer is `202` with a job).
 *
 * @example
 * ```ts
 * caseAnalyzeRequestSchema.parse({ patient: 'Patient/demo-ada', question: 'Is this sepsis?', budgetMs: 5000 });
 * ```
 */
export const caseAnalyzeRequestSchema = z
  .strictObject({
    patient: z
      .string()
      .regex(/^(Patient\/)?[A-Za-z0-9.-]{1,64}$/, 'a Patient reference: Patient/{id}')
      .optional(),
    bundle: bundleSchema.optional(),
    question: z.string().max(4000).optional(),
    budgetMs: z.number().int().min(0).max(60_000).optional(),
    /** Clinician answers for the risk calculators, as in `POST /risk/assess` (e.g. `{ consciousness: 'A' }`). */
    answers: z.record(z.string().max(64), z.union([z.boolean(), z.number().finite(), z.string().max(100)])).optional(),
    referenceTime: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((r) => (r.patient === undefined) !== (r.bundle === undefined), {
    message: 'give exactly one of patient or bundle',
  });
/** A case analysis request. */
export type CaseAnalyzeRequest = z.input<typeof caseAnalyzeRequestSchema>;
