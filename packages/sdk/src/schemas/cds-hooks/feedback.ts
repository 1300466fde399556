import { z } from 'zod';
import { cdsCodingSchema, cdsExtensionSchema, cdsText } from './common.js';

/** What the user did with a card. */
export const FEEDBACK_OUTCOMES = ['accepted', 'overridden'] as const;
/** One of {@link FEEDBACK_OUTCOMES}. */
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

/** Why the user overrode a card: a reason Coding, a free-text comment, or both. */
export const overrideReasonSchema = z
  .strictObject({ reason: cdsCodingSchema.optional(), userComment: cdsText.max(2000).optional() })
  .refine((r) => r.reason !== undefined || r.userComment !== undefined, {
    message: 'give a reason, a userComment, or both',
  });

/**
 * One feedback entry: the card's uuid, the outcome, the accepted suggestions
 * (required when accepted), the override reason, and when (RFC 3339, UTC).
 *
 * @example
 * ```ts
 * cdsFeedbackEntrySchema.parse({ card: '9368d37b-283f-44a0-93ea-547cebab93ed', outcome: 'overridden',
 *   overrideReason: { userComment: 'Patient already reviewed' }, outcomeTimestamp: '2026-01-12T10:05:31Z' });
 * ```
 */
export const cdsFeedbackEntrySchema = z
  .strictObject({
    card: cdsText.max(128),
    outcome: z.enum(FEEDBACK_OUTCOMES),
    acceptedSuggestions: z
      .array(z.strictObject({ id: cdsText.max(128) }))
      .min(1)
      .optional(),
    overrideReason: overrideReasonSchema.optional(),
    outcomeTimestamp: z.iso.datetime({ offset: true }),
    extension: cdsExtensionSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.outcome === 'accepted' && !entry.acceptedSuggestions) {
      ctx.addIssue({ code: 'custom', path: ['acceptedSuggestions'], message: 'required when the outcome is accepted' });
    }
    if (entry.outcome === 'accepted' && entry.overrideReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['overrideReason'],
        message: 'only an overridden card has an override reason',
      });
    }
  });

/** One feedback entry. */
export type CdsFeedbackEntry = z.infer<typeof cdsFeedbackEntrySchema>;

/**
 * The body of `POST {baseUrl}/cds-services/{id}/feedback`.
 *
 * @example
 * ```ts
 * cdsFeedbackRequestSchema.parse(readFixture('cds-hooks-spec/feedback-accepted.json'));
 * ```
 */
export const cdsFeedbackRequestSchema = z.strictObject({ feedback: z.array(cdsFeedbackEntrySchema).min(1).max(100) });

/** A feedback request. */
export type CdsFeedbackRequest = z.infer<typeof cdsFeedbackRequestSchema>;

/**
 * Meridian's answer to feedback (the specification defines only the 200
 * status): how many entries were stored, and the card ids it did not issue
 * to this tenant (stored too, counted as `unknown`).
 *
 * @example
 * ```ts
 * const { received } = cdsFeedbackResponseSchema.parse(await res.json());
 * ```
 */
export const cdsFeedbackResponseSchema = z.strictObject({
  received: z.number().int().positive(),
  unknownCards: z.array(z.string()).min(1).optional(),
});

/** Meridian's answer to a feedback request. */
export type CdsFeedbackResponse = z.infer<typeof cdsFeedbackResponseSchema>;

/**
 * Feedback counted per card type (`GET /cds-hooks/feedback-summary`, API key):
 * how often clinicians accepted or overrode each kind of card.
 *
 * @example
 * ```ts
 * const { cardTypes } = cdsFeedbackSummarySchema.parse(await res.json());
 * ```
 */
export const cdsFeedbackSummarySchema = z.strictObject({
  cardTypes: z.array(
    z.strictObject({
      cardType: z.string(),
      accepted: z.number().int().nonnegative(),
      overridden: z.number().int().nonnegative(),
    }),
  ),
});

/** Feedback counts per card type. */
export type CdsFeedbackSummary = z.infer<typeof cdsFeedbackSummarySchema>;

/**
 * A tenant's CDS Hooks settings (`GET`/`PUT /cds-hooks/settings`, admin API key):
 * the time budget of every hook call, in milliseconds (50 to 10,000), and
 * optionally how old a precomputed case analysis may be and still be shown
 * (1 minute to 7 days; unset: the server's `MERIDIAN_ANALYSIS_FRESHNESS_MS`).
 *
 * @example
 * ```ts
 * cdsSettingsSchema.parse({ budgetMs: 300, analysisFreshnessMs: 3_600_000 });
 * ```
 */
export const cdsSettingsSchema = z.strictObject({
  budgetMs: z.number().int().min(50).max(10_000),
  analysisFreshnessMs: z.number().int().min(60_000).max(604_800_000).optional(),
});

/** A tenant's CDS Hooks settings. */
export type CdsSettings = z.infer<typeof cdsSettingsSchema>;
