/**
 * What a model is asked to return for a note (schema-constrained through
 * `response_format` json_schema): items, each with the quoted evidence it
 * rests on, and optionally the seven oncology fields, each with evidence.
 *
 * @module
 */
import { z } from 'zod';
import { ASSERTION_STATUSES } from '../assertion/assertion-status.js';
import { ONCOLOGY_FIELDS } from '../oncology/oncology-fields.js';

/** Kinds of item a model may return. */
export const DRAFT_ITEM_KINDS = ['condition', 'medication', 'allergy', 'procedure', 'observation'] as const;

/** One item a model extracted, with its verbatim evidence from the note. */
export const draftItemSchema = z.strictObject({
  kind: z.enum(DRAFT_ITEM_KINDS),
  name: z.string().min(1).max(200),
  evidence: z.string().min(1).max(500),
  assertion: z.enum(ASSERTION_STATUSES),
  value: z.number().nullable(),
  unit: z.string().max(40).nullable(),
});
/** A draft item. */
export type DraftItem = z.infer<typeof draftItemSchema>;

const fieldSchema = z
  .strictObject({ value: z.string().min(1).max(300), evidence: z.string().min(1).max(500) })
  .nullable();

/** A model's whole answer. */
export const extractionDraftSchema = z.strictObject({
  items: z.array(draftItemSchema).max(500),
  oncology: z
    .strictObject(
      Object.fromEntries(ONCOLOGY_FIELDS.map((f) => [f, fieldSchema])) as Record<
        (typeof ONCOLOGY_FIELDS)[number],
        typeof fieldSchema
      >,
    )
    .nullable(),
});
/** A model's extraction draft. */
export type ExtractionDraft = z.infer<typeof extractionDraftSchema>;

/** The JSON schema sent to the model. @example `EXTRACTION_DRAFT_JSON_SCHEMA.type // 'object'` */
export const EXTRACTION_DRAFT_JSON_SCHEMA = z.toJSONSchema(extractionDraftSchema, {
  io: 'input',
  unrepresentable: 'any',
}) as Record<string, unknown>;
