import { z } from 'zod';

/** Schema of a `Bundle.link`. */
export const bundleLinkSchema = z.looseObject({ relation: z.string(), url: z.string() });

/**
 * Builds the schema of a FHIR `Bundle` whose entries hold resources of the
 * given schema.
 *
 * @example
 * ```ts
 * const auditBundle = bundleSchemaOf(auditEventSchema);
 * ```
 */
export function bundleSchemaOf<T extends z.ZodType>(resource: T) {
  return z.looseObject({
    resourceType: z.literal('Bundle'),
    id: z.string().optional(),
    type: z.enum([
      'document',
      'message',
      'transaction',
      'transaction-response',
      'batch',
      'batch-response',
      'history',
      'searchset',
      'collection',
    ]),
    timestamp: z.string().optional(),
    total: z.number().int().nonnegative().optional(),
    link: z.array(bundleLinkSchema).optional(),
    entry: z
      .array(
        z.looseObject({
          fullUrl: z.string().optional(),
          resource: resource.optional(),
          search: z.looseObject({ mode: z.string().optional() }).optional(),
          request: z.looseObject({ method: z.string(), url: z.string() }).optional(),
          response: z.looseObject({ status: z.string() }).optional(),
        }),
      )
      .optional(),
  });
}

/** Any FHIR resource: an object with a `resourceType`. */
export const anyResourceSchema = z.looseObject({ resourceType: z.string().min(1), id: z.string().optional() });

/** A FHIR `Bundle` of any resources. */
export const bundleSchema = bundleSchemaOf(anyResourceSchema);

/** A FHIR resource of unknown type. */
export type AnyResource = z.infer<typeof anyResourceSchema>;
/** A FHIR `Bundle` of resources of type `T`. */
export type Bundle<T = AnyResource> = z.infer<ReturnType<typeof bundleSchemaOf<z.ZodType<T>>>>;

/**
 * The URL of a Bundle's `next` link, if any.
 *
 * @example
 * ```ts
 * const next = nextLinkOf(bundle); // '/fhir/AuditEvent?_cursor=...'
 * ```
 */
export function nextLinkOf(bundle: { link?: Array<{ relation: string; url: string }> }): string | undefined {
  return bundle.link?.find((l) => l.relation === 'next')?.url;
}
