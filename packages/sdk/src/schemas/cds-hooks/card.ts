import { z } from 'zod';
import { absoluteUrl, cdsCodingSchema, cdsExtensionSchema, cdsResourceSchema, cdsText } from './common.js';

/** Card urgency, in increasing order. */
export const CARD_INDICATORS = ['info', 'warning', 'critical'] as const;
/** One of {@link CARD_INDICATORS}. */
export type CardIndicator = (typeof CARD_INDICATORS)[number];

/** The longest card summary the specification allows ("< 140 characters"). */
export const CARD_SUMMARY_MAX_LENGTH = 139;

/**
 * An action: `create` and `update` carry a whole `resource`; `delete` names
 * its target in `resourceId` and carries no resource.
 *
 * @example
 * ```ts
 * cdsActionSchema.parse({ type: 'delete', description: 'Remove the duplicate order', resourceId: 'MedicationRequest/2' });
 * ```
 */
export const cdsActionSchema = z
  .strictObject({
    type: z.enum(['create', 'update', 'delete']),
    description: cdsText,
    resource: cdsResourceSchema.optional(),
    resourceId: z
      .string()
      .regex(/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/, 'must be a relative reference Type/id')
      .optional(),
    extension: cdsExtensionSchema.optional(),
  })
  .superRefine((action, ctx) => {
    if (action.type !== 'delete' && !action.resource)
      ctx.addIssue({ code: 'custom', path: ['resource'], message: `a ${action.type} action needs the resource` });
    if (action.type === 'delete' && action.resource)
      ctx.addIssue({ code: 'custom', path: ['resource'], message: 'a delete action names resourceId, not a resource' });
    if (action.type === 'delete' && !action.resourceId)
      ctx.addIssue({ code: 'custom', path: ['resourceId'], message: 'a delete action needs resourceId' });
  });

/** A suggested or system action. */
export type CdsAction = z.infer<typeof cdsActionSchema>;

/** A suggestion: a labelled set of actions that apply together. */
export const cdsSuggestionSchema = z.strictObject({
  label: cdsText,
  uuid: cdsText.max(128).optional(),
  isRecommended: z.boolean().optional(),
  actions: z.array(cdsActionSchema).min(1).optional(),
  extension: cdsExtensionSchema.optional(),
});

/** A suggestion. */
export type CdsSuggestion = z.infer<typeof cdsSuggestionSchema>;

/** The source of a card's guidance. `topic` is a Coding whose display is optional. */
export const cdsSourceSchema = z.strictObject({
  label: cdsText,
  url: absoluteUrl.optional(),
  icon: absoluteUrl.optional(),
  topic: cdsCodingSchema.optional(),
});

/** A link: `absolute` URLs open as they are, `smart` ones launch a SMART app (only they may carry `appContext`). */
export const cdsLinkSchema = z
  .strictObject({
    label: cdsText,
    url: absoluteUrl,
    type: z.enum(['absolute', 'smart']),
    appContext: cdsText.optional(),
    autolaunchable: z.boolean().optional(),
  })
  .refine((link) => link.type === 'smart' || link.appContext === undefined, {
    message: 'appContext is only valid on smart links',
    path: ['appContext'],
  });

/** A link on a card. */
export type CdsLink = z.infer<typeof cdsLinkSchema>;

/** An override reason: a Coding that must carry a human-readable `display`. */
export const overrideReasonCodingSchema = cdsCodingSchema.extend({ display: cdsText });

/**
 * A CDS Hooks card, held to the letter of the 2.0 specification: summary of
 * at most 139 characters, an indicator, a source; `selectionBehavior` when
 * there are suggestions (and at most one recommended when it is
 * `at-most-one`); override reasons with a display; links absolute or smart.
 *
 * @example
 * ```ts
 * cdsCardSchema.parse({ uuid: crypto.randomUUID(), summary: 'NEWS2 7: high clinical risk', indicator: 'critical',
 *   source: { label: 'Meridian' } });
 * ```
 */
export const cdsCardSchema = z
  .strictObject({
    uuid: cdsText.max(128).optional(),
    summary: cdsText.max(CARD_SUMMARY_MAX_LENGTH),
    detail: cdsText.optional(),
    indicator: z.enum(CARD_INDICATORS),
    source: cdsSourceSchema,
    suggestions: z.array(cdsSuggestionSchema).min(1).optional(),
    selectionBehavior: z.enum(['at-most-one', 'any']).optional(),
    overrideReasons: z.array(overrideReasonCodingSchema).min(1).optional(),
    links: z.array(cdsLinkSchema).min(1).optional(),
    extension: cdsExtensionSchema.optional(),
  })
  .superRefine((card, ctx) => {
    if (card.suggestions && !card.selectionBehavior)
      ctx.addIssue({ code: 'custom', path: ['selectionBehavior'], message: 'required when suggestions are present' });
    if (
      card.selectionBehavior === 'at-most-one' &&
      (card.suggestions ?? []).filter((s) => s.isRecommended).length > 1
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['suggestions'],
        message: 'at most one suggestion may be recommended when selectionBehavior is at-most-one',
      });
    }
  });

/** A CDS Hooks card. */
export type CdsCard = z.infer<typeof cdsCardSchema>;

/**
 * The body of a successful CDS Service call: `cards` (possibly empty) and
 * optional `systemActions`.
 *
 * @example
 * ```ts
 * const { cards } = cdsServiceResponseSchema.parse(await res.json());
 * ```
 */
export const cdsServiceResponseSchema = z.strictObject({
  cards: z.array(cdsCardSchema),
  systemActions: z.array(cdsActionSchema).min(1).optional(),
  extension: cdsExtensionSchema.optional(),
});

/** The response of a CDS Service call. */
export type CdsServiceResponse = z.infer<typeof cdsServiceResponseSchema>;
