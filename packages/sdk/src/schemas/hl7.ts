import { z } from 'zod';

/** Statuses of a stored HL7 v2 message: applied, stored but not applicable (AE), or refused (AR). */
export const HL7_MESSAGE_STATUSES = ['processed', 'failed', 'rejected'] as const;

/**
 * A message status.
 *
 * @example
 * ```ts
 * hl7MessageStatusSchema.parse('failed');
 * ```
 */
export const hl7MessageStatusSchema = z.enum(HL7_MESSAGE_STATUSES);
/** One of {@link HL7_MESSAGE_STATUSES}. */
export type Hl7MessageStatus = z.infer<typeof hl7MessageStatusSchema>;

/**
 * Query of `GET /hl7/messages`: a status, a page size (1–500, default 50) and
 * the cursor of the next page.
 *
 * @example
 * ```ts
 * hl7MessageQuerySchema.parse({ status: 'failed', _count: '20' });
 * ```
 */
export const hl7MessageQuerySchema = z.strictObject({
  status: hl7MessageStatusSchema.optional(),
  _count: z.coerce.number().int().min(1).max(500).optional(),
  _cursor: z.string().max(200).optional(),
});
/** A {@link hl7MessageQuerySchema} value. */
export type Hl7MessageQuery = z.input<typeof hl7MessageQuerySchema>;

/** Why a message failed or was refused: codes and positions, never message content. */
export const hl7MessageErrorSchema = z.object({
  code: z.string(),
  hl7ErrorCode: z.string(),
  location: z.object({ segment: z.string(), sequence: z.number().optional(), field: z.number().optional() }).optional(),
  text: z.string(),
});

/**
 * A stored message as operators see it (no content: the raw message stays in
 * the store).
 *
 * @example
 * ```ts
 * const m: Hl7MessageSummary = hl7MessageSummarySchema.parse(body);
 * ```
 */
export const hl7MessageSummarySchema = z.object({
  id: z.string(),
  sendingApplication: z.string(),
  sendingFacility: z.string(),
  controlId: z.string(),
  messageType: z.string(),
  status: hl7MessageStatusSchema,
  receivedAt: z.string(),
  processedAt: z.string().nullable(),
  patients: z.array(z.string()),
  resources: z.array(z.string()),
  ackCode: z.string(),
  error: hl7MessageErrorSchema.nullable(),
  warnings: z.array(z.string()),
  /** How many times the sender delivered it (resends answered with the stored acknowledgement). */
  deliveries: z.number().int(),
  /** How many times an operator reprocessed it. */
  reprocessed: z.number().int(),
});
/** A {@link hl7MessageSummarySchema} value. */
export type Hl7MessageSummary = z.infer<typeof hl7MessageSummarySchema>;

/** Answer of `GET /hl7/messages`: newest first, with the cursor of the next page. */
export const hl7MessageListSchema = z.object({
  messages: z.array(hl7MessageSummarySchema),
  nextCursor: z.string().optional(),
});
/** A {@link hl7MessageListSchema} value. */
export type Hl7MessageList = z.infer<typeof hl7MessageListSchema>;
