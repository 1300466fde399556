import { differentialSchema, escalationSchema, redFlagSchema } from '@meridian/sdk';
import { z } from 'zod';

/**
 * What an engine (a language model or the rules) drafts before the
 * guardrails: the claims, each with its citations. Risk scores, disclaimers
 * and provenance are added by Meridian, never by a model.
 *
 * @example
 * ```ts
 * const draft = caseAnalysisDraftSchema.parse(JSON.parse(modelOutput));
 * ```
 */
export const caseAnalysisDraftSchema = z.strictObject({
  caseSummary: z.string().min(1).max(4000),
  differentials: z.array(differentialSchema).max(10),
  redFlags: z.array(redFlagSchema).max(20),
  escalation: escalationSchema,
});
/** A drafted analysis. */
export type CaseAnalysisDraft = z.infer<typeof caseAnalysisDraftSchema>;
