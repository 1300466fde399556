import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit-event.js';
import { bundleSchemaOf } from './bundle.js';
import { auditEventSchema } from './audit-event.js';
import { fhirTextParam } from './fhir-primitives.js';

const dateParam = z
  .string()
  .regex(
    /^(eq|ge|le|gt|lt)?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/,
    'date must be a FHIR date or dateTime with an optional prefix eq, ge, le, gt or lt',
  );

/**
 * Query parameters of `GET /fhir/AuditEvent`. `date` may repeat to give a range
 * (`['ge2026-01-01', 'le2026-02-01']`).
 *
 * @example
 * ```ts
 * auditSearchParamsSchema.parse({ patient: 'Patient/123', date: ['ge2026-01-01'] });
 * ```
 */
export const auditSearchParamsSchema = z.strictObject({
  patient: fhirTextParam(200).optional(),
  agent: fhirTextParam(200).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  date: z.union([dateParam, z.array(dateParam).max(4)]).optional(),
  _count: z.coerce.number().int().min(1).max(1000).optional(),
  _cursor: fhirTextParam(200).optional(),
});

/** Parameters of an audit search. */
export type AuditSearchParams = z.infer<typeof auditSearchParamsSchema>;

/** A `Bundle` (searchset) of AuditEvents. */
export const auditBundleSchema = bundleSchemaOf(auditEventSchema);
/** A searchset `Bundle` of {@link AuditEvent}s. */
export type AuditBundle = z.infer<typeof auditBundleSchema>;

/** Why a link of the audit hash chain is broken. */
export const CHAIN_BREAK_REASONS = [
  'sequence-gap',
  'previous-hash-mismatch',
  'event-hash-mismatch',
  'chain-hash-mismatch',
] as const;

/**
 * Result of `GET /audit/verify`: the tenant's audit hash chain recomputed from
 * its first event.
 *
 * @example
 * ```ts
 * const r = auditVerifyResultSchema.parse(body);
 * if (!r.valid) console.log(r.firstBrokenLink?.seq, r.firstBrokenLink?.reason);
 * ```
 */
export const auditVerifyResultSchema = z.strictObject({
  valid: z.boolean(),
  eventsChecked: z.number().int().nonnegative(),
  headSeq: z.number().int().nonnegative(),
  headHash: z.string().nullable(),
  firstBrokenLink: z
    .strictObject({
      seq: z.number().int(),
      auditEventId: z.string().nullable(),
      reason: z.enum(CHAIN_BREAK_REASONS),
      expected: z.string(),
      found: z.string(),
    })
    .nullable(),
});

/** Result of an audit chain verification. */
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;
