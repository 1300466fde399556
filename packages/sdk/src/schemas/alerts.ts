import { z } from 'zod';

/**
 * An alert: a patient's risk rose past a threshold as data arrived (NEWS2
 * 5–6 or 7+, qSOFA 2+). It names the FHIR `DetectedIssue` written for it and
 * the `RiskAssessment` behind it; no PHI beyond references.
 *
 * @example
 * ```ts
 * const alert: Alert = alertSchema.parse(body);
 * alert.rule; // 'news2-high'
 * ```
 */
export const alertSchema = z.object({
  id: z.string(),
  /** Increasing per server: the SSE event id, to resume a stream. */
  seq: z.number().int(),
  patient: z.string(),
  calculator: z.string(),
  rule: z.string(),
  severity: z.enum(['high', 'moderate', 'low']),
  band: z.string(),
  total: z.number().int().nullable(),
  previousBand: z.string().nullable(),
  detectedIssue: z.string(),
  riskAssessment: z.string().nullable(),
  /** The stored HL7 message whose data raised it, when one did. */
  triggeredBy: z.string().nullable(),
  createdAt: z.string(),
});
/** A {@link alertSchema} value. */
export type Alert = z.infer<typeof alertSchema>;

/**
 * Query of `GET /alerts`: a patient, a page size (1–500, default 50) and
 * `before` (a `seq`) to page back.
 *
 * @example
 * ```ts
 * alertQuerySchema.parse({ patient: 'Patient/123', _count: 20 });
 * ```
 */
export const alertQuerySchema = z.strictObject({
  patient: z
    .string()
    .regex(/^(Patient\/)?[A-Za-z0-9.-]{1,64}$/)
    .optional(),
  _count: z.coerce.number().int().min(1).max(500).optional(),
  before: z.coerce.number().int().min(1).optional(),
});
/** A {@link alertQuerySchema} value. */
export type AlertQuery = z.input<typeof alertQuerySchema>;

/** Answer of `GET /alerts`: newest first. */
export const alertListSchema = z.object({ alerts: z.array(alertSchema) });
/** A {@link alertListSchema} value. */
export type AlertList = z.infer<typeof alertListSchema>;

/**
 * Query of `GET /alerts/stream` (Server-Sent Events): resume after a `seq`
 * (the `Last-Event-ID` header does the same); without it, only new alerts.
 *
 * @example
 * ```ts
 * alertStreamQuerySchema.parse({ after: '41' });
 * ```
 */
export const alertStreamQuerySchema = z.strictObject({ after: z.coerce.number().int().min(0).optional() });
