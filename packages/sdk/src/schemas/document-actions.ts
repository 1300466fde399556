import { z } from 'zod';
import { EXTRACTION_PROFILES } from './extraction.js';
import { phiScrubRequestSchema } from './phi.js';

/**
 * Body of `POST /documents/{id}/scrub`: the options of `POST /phi/scrub`
 * without `text` (the stored document's text is scrubbed). `patient`
 * defaults to the document's own patient when it has one, so surrogates stay
 * the same across that patient's documents.
 *
 * @example
 * ```ts
 * documentScrubRequestSchema.parse({ mode: 'surrogate' });
 * ```
 */
export const documentScrubRequestSchema = phiScrubRequestSchema.omit({ text: true });
/** A document scrub request. */
export type DocumentScrubRequest = z.input<typeof documentScrubRequestSchema>;

/**
 * Body of `POST /documents/{id}/extract`: the extraction profile (`general`
 * by default). The subject is the document's own patient.
 *
 * @example
 * ```ts
 * documentExtractRequestSchema.parse({ profile: 'oncology' });
 * ```
 */
export const documentExtractRequestSchema = z.strictObject({
  profile: z.enum(EXTRACTION_PROFILES).optional(),
});
/** A document extraction request. */
export type DocumentExtractRequest = z.infer<typeof documentExtractRequestSchema>;
