import { z } from 'zod';

/** Why the guardrail removed a passage. */
export const SAFETY_REMOVAL_REASONS = ['dose', 'route-or-frequency', 'medication-instruction'] as const;

/**
 * Body of `POST /safety/check`: any text (a note, another system's advice)
 * to pass through Meridian's no-prescribing, no-dosing guardrail.
 *
 * @example
 * ```ts
 * safetyCheckRequestSchema.parse({ text: 'Give amoxicillin 500 mg PO TID.' });
 * ```
 */
export const safetyCheckRequestSchema = z.strictObject({ text: z.string().max(100_000) });
/** A safety check request. */
export type SafetyCheckRequest = z.infer<typeof safetyCheckRequestSchema>;

/** One passage the guardrail removed, and why. */
export const safetyRemovalSchema = z.strictObject({
  reason: z.enum(SAFETY_REMOVAL_REASONS),
  /** The removed passage, as given. */
  text: z.string(),
  /** Character offset of the passage in the input. */
  start: z.number().int().nonnegative(),
});
/** A removal. */
export type SafetyRemoval = z.infer<typeof safetyRemovalSchema>;

/** Answer of `POST /safety/check`: the safe text, and what was removed. */
export const safetyCheckResponseSchema = z.strictObject({ text: z.string(), removed: z.array(safetyRemovalSchema) });
/** A safety check answer. */
export type SafetyCheckResponse = z.infer<typeof safetyCheckResponseSchema>;
