import { z } from 'zod';

const coding = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
const reference = z.looseObject({
  reference: z.string().optional(),
  display: z.string().optional(),
  identifier: z.looseObject({ system: z.string().optional(), value: z.string().optional() }).optional(),
});

/** AuditEvent.action: Create, Read, Update, Delete, Execute. */
export const AUDIT_ACTIONS = ['C', 'R', 'U', 'D', 'E'] as const;
/** One of {@link AUDIT_ACTIONS}. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** AuditEvent.outcome: success, minor failure, serious failure, major failure. */
export const AUDIT_OUTCOMES = ['0', '4', '8', '12'] as const;

/**
 * Schema of the FHIR R4 `AuditEvent` Meridian records for every access to
 * clinical data. Unknown fields pass through.
 *
 * @example
 * ```ts
 * const event = auditEventSchema.parse(bundle.entry[0].resource);
 * event.action; // 'R'
 * ```
 */
export const auditEventSchema = z.looseObject({
  resourceType: z.literal('AuditEvent'),
  id: z.string(),
  type: coding,
  subtype: z.array(coding).optional(),
  action: z.enum(AUDIT_ACTIONS),
  recorded: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  outcomeDesc: z.string().optional(),
  agent: z
    .array(
      z.looseObject({
        type: z.looseObject({ coding: z.array(coding).optional() }).optional(),
        role: z.array(z.looseObject({ text: z.string().optional() })).optional(),
        who: reference.optional(),
        requestor: z.boolean(),
      }),
    )
    .min(1),
  source: z.looseObject({ observer: reference, type: z.array(coding).optional() }),
  entity: z
    .array(
      z.looseObject({
        what: reference.optional(),
        type: coding.optional(),
        role: coding.optional(),
      }),
    )
    .optional(),
});

/** A FHIR R4 `AuditEvent` as Meridian records it. */
export type AuditEvent = z.infer<typeof auditEventSchema>;
