import { z } from 'zod';
import { FHIR_ID } from './fhir-primitives.js';

/**
 * The identifier kinds the scrubber finds, one per HIPAA Safe Harbor category
 * of 45 CFR 164.514(b)(2)(i) (geography split into address, place and ZIP;
 * vehicle and device identifiers apart; biometric identifiers found by their
 * cue, e.g. "fingerprint ID"). Full-face photographs, category (Q), are images
 * and cannot occur in text.
 */
export const PHI_TYPES = [
  'NAME',
  'ADDRESS',
  'LOCATION',
  'ZIP',
  'DATE',
  'AGE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'BIOMETRIC',
  'ID',
] as const;
/** One of {@link PHI_TYPES}. */
export type PhiTypeName = (typeof PHI_TYPES)[number];

/** Which detector found a span: a pattern (`rules`), a lexicon look-up (`lexicon`), or the optional model pass (`model`). */
export const PHI_DETECTORS = ['rules', 'lexicon', 'model'] as const;
/** One of {@link PHI_DETECTORS}. */
export type PhiDetectorName = (typeof PHI_DETECTORS)[number];

/** The largest text `POST /phi/scrub` takes (characters). */
export const PHI_SCRUB_MAX_CHARS = 200_000;

/**
 * Body of `POST /phi/scrub`: the text; `mode` `tag` (`[NAME]`, default) or
 * `surrogate` (a realistic stand-in, the same for the same value); with
 * `patient`, surrogates are keyed to that patient under the tenant's secret,
 * so they stay the same across that patient's documents; `model` asks for
 * the optional name pass through the tenant's language model.
 *
 * @example
 * ```ts
 * phiScrubRequestSchema.parse({ text: 'Seen by Dr. Emily Clark on 03/04/2022', mode: 'surrogate', patient: 'Patient/123' });
 * ```
 */
export const phiScrubRequestSchema = z.strictObject({
  text: z.string().min(1).max(PHI_SCRUB_MAX_CHARS),
  mode: z.enum(['tag', 'surrogate']).optional(),
  patient: z
    .string()
    .refine(
      (s) => FHIR_ID.test(s.startsWith('Patient/') ? s.slice('Patient/'.length) : s),
      'a Patient reference: Patient/{id}',
    )
    .optional(),
  model: z.boolean().optional(),
});

/** A scrub request. */
export type PhiScrubRequest = z.input<typeof phiScrubRequestSchema>;

/** One identifier found: its kind, offsets into the submitted text (UTF-16 code units), the text, and the detector that found it. */
export const phiSpanSchema = z.strictObject({
  type: z.enum(PHI_TYPES),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().optional(),
  detector: z.enum(PHI_DETECTORS),
});

/** One span. */
export type PhiSpanResult = z.infer<typeof phiSpanSchema>;

/**
 * Response of `POST /phi/scrub`: the scrubbed text, the spans, the engine
 * (`rules` or `rules+model`, and why the model did not run when asked), and
 * in surrogate mode the scope of the surrogates and `reidentification`, the
 * surrogate-to-original table sealed (AES-256-GCM) under the server's key
 * and bound to the tenant: only the server that holds the key can open it.
 *
 * @example
 * ```ts
 * const { text, spans } = phiScrubResponseSchema.parse(body);
 * ```
 */
export const phiScrubResponseSchema = z.strictObject({
  text: z.string(),
  mode: z.enum(['tag', 'surrogate']),
  spans: z.array(phiSpanSchema),
  engine: z.enum(['rules', 'rules+model']),
  modelNote: z.string().optional(),
  surrogateScope: z.enum(['document', 'patient']).optional(),
  reidentification: z.string().optional(),
});

/** A scrub response. */
export type PhiScrubResponse = z.infer<typeof phiScrubResponseSchema>;
