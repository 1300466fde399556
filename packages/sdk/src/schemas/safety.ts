import { z } from 'zod';

/** Why the guardrail removed a passage. */
export const SAFETY_REMOVAL_REASONS = ['dose', 'route-or-frequency', 'medication-instruction'] as const;

/**
 * The guardrail's rules, finer than {@link SAFETY_REMOVAL_REASONS}: which
 * shape of dosing a removed passage had.
 *
 * - `dose-unit`: an amount with a dose unit (`500 mg`, `2 tablets`, `10 units`);
 * - `weight-based`: an amount per weight or area (`15 mg/kg`, `7 per kg`, `mcg/kg/min`);
 * - `rate`: an infusion rate (`18 units/h`, `125 mL/h` of a fluid or drug);
 * - `amount-frequency`: an amount followed by a frequency (`500 q8`, `1 g TDS`);
 * - `drug-amount`: a drug name followed by a number (`amox 500`, `norad at 0.05`);
 * - `dose-word-amount`: the word dose followed by a number (`Dose: 2`);
 * - `amount-in-context`: a gram or volume amount next to a drug, route, frequency or instruction;
 * - `drug-route`, `drug-frequency`: a drug with a route (`PO`, `IV`) or a frequency (`BD`, `q8h`);
 * - `instruction`: an instruction to start, stop, hold, omit, halve, double, increase, reduce, switch… a drug;
 * - `split-across-fields`: a drug in one field and its amount or instruction in the next.
 */
export const GUARDRAIL_RULES = [
  'dose-unit',
  'weight-based',
  'rate',
  'amount-frequency',
  'drug-amount',
  'dose-word-amount',
  'amount-in-context',
  'drug-route',
  'drug-frequency',
  'instruction',
  'split-across-fields',
] as const;
/** One of {@link GUARDRAIL_RULES}. */
export type GuardrailRule = (typeof GUARDRAIL_RULES)[number];

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
  /** The finer rule that matched. */
  rule: z.enum(GUARDRAIL_RULES).optional(),
});
/** A removal. */
export type SafetyRemoval = z.infer<typeof safetyRemovalSchema>;

/** Answer of `POST /safety/check`: the safe text, and what was removed. */
export const safetyCheckResponseSchema = z.strictObject({ text: z.string(), removed: z.array(safetyRemovalSchema) });
/** A safety check answer. */
export type SafetyCheckResponse = z.infer<typeof safetyCheckResponseSchema>;

/**
 * One item the guardrail dropped from a response (case analysis, summary,
 * extraction, CDS cards), named by its field path in the response as it was
 * before the guardrail (`differentials[0].code.display`), never by its text.
 * `dropped` says how much went: a `passage` (a sentence of the field), the
 * `field`, or the `item` (the enclosing array element, when the field could
 * not be left out on its own).
 *
 * @example
 * ```ts
 * guardrailRemovalSchema.parse({ path: 'differentials[0].code.display', reason: 'dose', rule: 'dose-unit', dropped: 'field' });
 * ```
 */
export const guardrailRemovalSchema = z.strictObject({
  path: z.string().max(500),
  reason: z.enum(SAFETY_REMOVAL_REASONS),
  rule: z.enum(GUARDRAIL_RULES),
  dropped: z.enum(['passage', 'field', 'item']),
});
/** A guardrail removal. */
export type GuardrailRemoval = z.infer<typeof guardrailRemovalSchema>;
