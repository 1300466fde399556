import { z } from 'zod';
import { cdsExtensionSchema, cdsText } from './common.js';

/**
 * The hooks Meridian serves, as named by the CDS Hooks library (hook
 * definitions for CDS Hooks 2.0).
 *
 * @example
 * ```ts
 * CDS_HOOKS.includes('patient-view'); // true
 * ```
 */
export const CDS_HOOKS = [
  'patient-view',
  'order-select',
  'order-sign',
  'encounter-start',
  'encounter-discharge',
] as const;

/** One hook Meridian serves. */
export type CdsHook = (typeof CDS_HOOKS)[number];

/** A service id: the `{id}` of `{baseUrl}/cds-services/{id}` (URL-safe). */
export const cdsServiceIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$/, 'must be a URL-safe id');

/**
 * One CDS Service as discovery describes it: `hook`, `description` and `id`
 * are required, `title` recommended, `prefetch` maps a key to a FHIR query
 * template with `{{context.x}}` / `{{userPractitionerId}}` tokens.
 *
 * @example
 * ```ts
 * cdsServiceDefinitionSchema.parse({
 *   hook: 'patient-view', id: 'meridian-patient-risk', title: 'Risk', description: 'Risk scores',
 *   prefetch: { patient: 'Patient/{{context.patientId}}' },
 * });
 * ```
 */
export const cdsServiceDefinitionSchema = z.strictObject({
  hook: cdsText,
  title: cdsText.optional(),
  description: cdsText,
  id: cdsServiceIdSchema,
  prefetch: z
    .record(z.string().min(1), cdsText)
    .refine((o) => Object.keys(o).length > 0, 'must not be empty: omit it instead')
    .optional(),
  usageRequirements: cdsText.optional(),
  extension: cdsExtensionSchema.optional(),
});

/** One CDS Service in a discovery response. */
export type CdsServiceDefinition = z.infer<typeof cdsServiceDefinitionSchema>;

/**
 * The body of `GET {baseUrl}/cds-services`: an object with a `services` array
 * (empty when no service is offered). Each service's `id` is unique: it names
 * one URL, `{baseUrl}/cds-services/{id}`, so an id listed twice is refused.
 *
 * @example
 * ```ts
 * const { services } = cdsDiscoveryResponseSchema.parse(await res.json());
 * ```
 */
export const cdsDiscoveryResponseSchema = z.strictObject({
  services: z.array(cdsServiceDefinitionSchema).superRefine((services, ctx) => {
    const seen = new Set<string>();
    services.forEach((service, index) => {
      if (seen.has(service.id))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `the id '${service.id}' is listed twice; each service needs its own id`,
        });
      seen.add(service.id);
    });
  }),
});

/** A discovery response. */
export type CdsDiscoveryResponse = z.infer<typeof cdsDiscoveryResponseSchema>;
