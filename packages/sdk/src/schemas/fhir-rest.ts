import { z } from 'zod';
import { bundleSchemaOf, anyResourceSchema } from './bundle.js';
import { fhirTextParam, ifMatchSchema } from './fhir-primitives.js';

const dateParam = z
  .string()
  .regex(
    /^(eq|ge|le|gt|lt)?\d{4}(-\d{2}(-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/,
    'a FHIR date with an optional prefix eq, ge, le, gt or lt',
  );

/**
 * Query parameters of `GET /fhir/{type}`: enough FHIR search for Meridian's
 * own resources. Tokens take `system|value` or `value`.
 *
 * @example
 * ```ts
 * fhirSearchParamsSchema.parse({ patient: 'Patient/1', code: 'http://loinc.org|8867-4', date: ['ge2026-01-01'] });
 * ```
 */
export const fhirSearchParamsSchema = z.strictObject({
  patient: fhirTextParam(200).optional(),
  subject: fhirTextParam(200).optional(),
  identifier: fhirTextParam(300).optional(),
  code: fhirTextParam(300).optional(),
  date: z.union([dateParam, z.array(dateParam).max(4)]).optional(),
  _count: z.coerce.number().int().min(1).max(1000).optional(),
  _cursor: z
    .string()
    .regex(/^\d{1,9}$/, 'a cursor this server issued')
    .optional(),
});

/** Parameters of a FHIR search. */
export type FhirSearchParams = z.infer<typeof fhirSearchParamsSchema>;

/** The most entries one transaction or batch Bundle may carry. */
export const MAX_BUNDLE_ENTRIES = 20_000;

const requestEntrySchema = z.looseObject({
  fullUrl: z.string().max(500).optional(),
  resource: anyResourceSchema,
  request: z.looseObject({
    method: z.enum(['POST', 'PUT']),
    url: z.string().min(1).max(500),
    /** Version-aware update (PUT only): written only if the current version is this one, else 412. */
    ifMatch: ifMatchSchema.optional(),
  }),
});

/**
 * Body of `POST /fhir`: a `transaction` (all or nothing) or `batch` (each
 * entry on its own) Bundle of POST and PUT entries. `urn:uuid:` fullUrls and
 * the references to them are resolved to the ids assigned. A PUT entry with
 * `request.ifMatch` (`W/"3"`) is written only if version 3 is current: a
 * transaction fails with 412, a batch answers that entry `412`.
 *
 * @example
 * ```ts
 * transactionRequestSchema.parse(syntheaBundle);
 * ```
 */
export const transactionRequestSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum(['transaction', 'batch']),
  entry: z.array(requestEntrySchema).max(MAX_BUNDLE_ENTRIES).default([]),
});

/** A transaction or batch Bundle to send. */
export type TransactionRequest = z.input<typeof transactionRequestSchema>;

/** Body of the answer to `POST /fhir`: a `transaction-response` or `batch-response` Bundle. */
export const transactionResponseSchema = bundleSchemaOf(anyResourceSchema);
/** The answer to a transaction or batch. */
export type TransactionResponse = z.infer<typeof transactionResponseSchema>;
