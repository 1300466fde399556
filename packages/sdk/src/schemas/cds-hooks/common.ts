import { z } from 'zod';

/**
 * A string that is neither empty nor only whitespace: CDS Hooks 2.0 forbids
 * empty values for every REQUIRED string ("Use of JSON").
 *
 * @example
 * ```ts
 * cdsText.parse('Warfarin'); // ok; cdsText.parse('  ') throws
 * ```
 */
export const cdsText = z.string().regex(/\S/, 'must not be empty or only whitespace');

/**
 * An absolute `http(s)` URL, as CDS Hooks requires for `source.url`,
 * `source.icon` and `link.url`.
 *
 * @example
 * ```ts
 * absoluteUrl.parse('https://meridian.example.org/guides/news2');
 * ```
 */
export const absoluteUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}, 'must be an absolute http(s) URL');

/**
 * A UUID as the specification uses it (`hookInstance`, `card.uuid`): the
 * 8-4-4-4-12 hexadecimal form, any version.
 *
 * @example
 * ```ts
 * cdsUuid.parse('d1577c69-dfbe-44ad-ba6d-3e05e953b2ea');
 * ```
 */
export const cdsUuid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID');

/**
 * A CDS Hooks Coding: `system` and `code` are required, `display` optional
 * (required for override reasons, see {@link overrideReasonCodingSchema}).
 *
 * @example
 * ```ts
 * cdsCodingSchema.parse({ system: 'http://snomed.info/sct', code: '91936005', display: 'Allergy to penicillin' });
 * ```
 */
export const cdsCodingSchema = z.strictObject({
  system: cdsText,
  code: cdsText,
  display: cdsText.optional(),
});

/** A CDS Hooks Coding. */
export type CdsCoding = z.infer<typeof cdsCodingSchema>;

/**
 * A CDS Hooks extension: a JSON object whose keys are namespaced
 * (`com.example.timestamp`) and whose values are pre-coordinated JSON.
 *
 * @example
 * ```ts
 * cdsExtensionSchema.parse({ 'com.example.timestamp': '2017-11-27T22:13:25Z' });
 * ```
 */
export const cdsExtensionSchema = z
  .record(z.string().min(1), z.unknown())
  .refine((o) => Object.keys(o).length > 0, 'must not be empty');

/** A CDS Hooks extension object. */
export type CdsExtension = z.infer<typeof cdsExtensionSchema>;

/** A FHIR resource as CDS Hooks carries it: an object with a `resourceType`. */
export const cdsResourceSchema = z.looseObject({ resourceType: cdsText, id: z.string().optional() });

/** A FHIR resource carried in a CDS Hooks message. */
export type CdsResource = z.infer<typeof cdsResourceSchema>;
