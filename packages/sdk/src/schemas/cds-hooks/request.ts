import { z } from 'zod';
import { absoluteUrl, cdsExtensionSchema, cdsText, cdsUuid } from './common.js';
import { CDS_CONTEXT_SCHEMAS } from './context.js';

/**
 * `fhirAuthorization`: an OAuth 2.0 bearer token the CDS Service may use
 * against `fhirServer`, scoped to the service and the current user.
 *
 * @example
 * ```ts
 * fhirAuthorizationSchema.parse({ access_token: 't', token_type: 'Bearer', expires_in: 300, scope: 'user/Patient.read', subject: 'cds' });
 * ```
 */
export const fhirAuthorizationSchema = z.looseObject({
  access_token: cdsText,
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().nonnegative(),
  scope: cdsText,
  subject: cdsText,
  patient: z
    .string()
    .regex(/^[A-Za-z0-9\-.]{1,64}$/)
    .optional(),
});

/** The `fhirAuthorization` of a CDS Hooks request. */
export type FhirAuthorization = z.infer<typeof fhirAuthorizationSchema>;

/**
 * A prefetch object: key -> the FHIR resource (or searchset Bundle) the CDS
 * Client fetched for that template, or `null` when it has no data. A missing
 * key means the client did not satisfy that template.
 */
export const cdsPrefetchSchema = z.record(z.string().min(1), z.unknown());

/**
 * The fields every CDS Hooks request carries, whatever the hook: `hook`,
 * `hookInstance`, `fhirServer` (required when `fhirAuthorization` is given),
 * `fhirAuthorization`, `context`, `prefetch`, `extension`.
 *
 * @example
 * ```ts
 * const envelope = cdsRequestEnvelopeSchema.parse(body); // then CDS_CONTEXT_SCHEMAS[envelope.hook]
 * ```
 */
export const cdsRequestEnvelopeSchema = z
  .looseObject({
    hook: cdsText,
    hookInstance: cdsUuid,
    fhirServer: absoluteUrl.optional(),
    fhirAuthorization: fhirAuthorizationSchema.optional(),
    context: z.record(z.string(), z.unknown()),
    prefetch: cdsPrefetchSchema.optional(),
    extension: cdsExtensionSchema.optional(),
  })
  .refine((r) => r.fhirAuthorization === undefined || r.fhirServer !== undefined, {
    message: 'fhirServer is required when fhirAuthorization is given',
    path: ['fhirServer'],
  });

/** A CDS Hooks request, any hook. */
export type CdsRequestEnvelope = z.infer<typeof cdsRequestEnvelopeSchema>;

const requestFor = <H extends keyof typeof CDS_CONTEXT_SCHEMAS>(hook: H) =>
  z
    .looseObject({
      hook: z.literal(hook),
      hookInstance: cdsUuid,
      fhirServer: absoluteUrl.optional(),
      fhirAuthorization: fhirAuthorizationSchema.optional(),
      context: CDS_CONTEXT_SCHEMAS[hook],
      prefetch: cdsPrefetchSchema.optional(),
      extension: cdsExtensionSchema.optional(),
    })
    .refine((r) => r.fhirAuthorization === undefined || r.fhirServer !== undefined, {
      message: 'fhirServer is required when fhirAuthorization is given',
      path: ['fhirServer'],
    });

/**
 * The request of each hook Meridian serves, with that hook's context.
 *
 * @example
 * ```ts
 * const request = CDS_REQUEST_SCHEMAS['order-sign'].parse(body);
 * request.context.draftOrders.entry;
 * ```
 */
export const CDS_REQUEST_SCHEMAS = {
  'patient-view': requestFor('patient-view'),
  'order-select': requestFor('order-select'),
  'order-sign': requestFor('order-sign'),
  'encounter-start': requestFor('encounter-start'),
  'encounter-discharge': requestFor('encounter-discharge'),
} as const;

/**
 * Any request to a hook Meridian serves, discriminated by `hook`.
 *
 * @example
 * ```ts
 * const request = cdsHookRequestSchema.parse(body);
 * if (request.hook === 'patient-view') request.context.patientId;
 * ```
 */
export const cdsHookRequestSchema = z.discriminatedUnion('hook', [
  CDS_REQUEST_SCHEMAS['patient-view'],
  CDS_REQUEST_SCHEMAS['order-select'],
  CDS_REQUEST_SCHEMAS['order-sign'],
  CDS_REQUEST_SCHEMAS['encounter-start'],
  CDS_REQUEST_SCHEMAS['encounter-discharge'],
]);

/** A CDS Hooks request to one of the hooks Meridian serves. */
export type CdsHookRequest = z.input<typeof cdsHookRequestSchema>;
/** A request of one hook, by hook name. */
export type CdsHookRequestOf<H extends keyof typeof CDS_REQUEST_SCHEMAS> = z.infer<(typeof CDS_REQUEST_SCHEMAS)[H]>;
