import { z } from 'zod';
import { checkRequest } from '../client/validate.js';

/**
 * A FHIR R4 `id` (http://hl7.org/fhir/R4/datatypes.html#id): 1 to 64 letters,
 * digits, `-` and `.`; Meridian also refuses an id made only of dots, since
 * `.` and `..` are path segments that URL normalisation removes
 * (`/fhir/Patient/..` is `/fhir`): such a resource could be written but never
 * read back by its URL.
 *
 * @example
 * ```ts
 * FHIR_ID.test('demo-ada'); // true
 * FHIR_ID.test('..');       // false
 * ```
 */
export const FHIR_ID = /^(?!\.+$)[A-Za-z0-9.-]{1,64}$/;

/**
 * A FHIR resource type name (`Patient`, `Observation`).
 *
 * @example
 * ```ts
 * FHIR_RESOURCE_TYPE.test('Patient'); // true
 * ```
 */
export const FHIR_RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

/**
 * What a FHIR string must not contain: control characters other than tab, LF
 * and CR (http://hl7.org/fhir/R4/datatypes.html#string), and UTF-16 surrogates
 * without their pair (not Unicode text; no database stores them). Postgres
 * refuses both NUL (`\u0000`) in `jsonb` and unpaired surrogates.
 *
 * @example
 * ```ts
 * FORBIDDEN_IN_FHIR_STRING.test('a\u0000b'); // true
 * ```
 */
export const FORBIDDEN_IN_FHIR_STRING =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Any control character or surrogate: a cheap first test, true for far fewer strings than not. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/;

/**
 * Whether a string holds a character {@link FORBIDDEN_IN_FHIR_STRING} names.
 * Tests a plain character class first, so the usual string costs one scan.
 *
 * @example
 * ```ts
 * hasForbiddenFhirText('a\uD83D\uDE00'); // false: a paired surrogate (an emoji)
 * hasForbiddenFhirText('a\uD83D');        // true
 * ```
 */
export function hasForbiddenFhirText(text: string): boolean {
  return SUSPECT.test(text) && FORBIDDEN_IN_FHIR_STRING.test(text);
}

/** The message of a refused string, shared by the schemas and the server. */
export const FORBIDDEN_TEXT_MESSAGE =
  'must not contain control characters (other than tab, LF, CR) or unpaired UTF-16 surrogates';

/**
 * A search parameter or other request string: 1 to `max` characters, none of
 * them forbidden in a FHIR string.
 *
 * @example
 * ```ts
 * const identifier = fhirTextParam(300).optional();
 * ```
 */
export function fhirTextParam(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !hasForbiddenFhirText(s), FORBIDDEN_TEXT_MESSAGE);
}

/**
 * A FHIR `ETag` for version-aware updates, `W/"3"`; Bundle
 * `entry.request.ifMatch`.
 *
 * @example
 * ```ts
 * ifMatchSchema.parse('W/"3"');
 * ```
 */
export const ifMatchSchema = z.string().regex(/^W\/"[1-9][0-9]{0,9}"$/, 'a weak ETag of a version: W/"n"');

/**
 * The version number an `If-Match` ETag names (`W/"3"` is 3); a
 * `MeridianValidationError` for anything else.
 *
 * @example
 * ```ts
 * versionOfETag('W/"3"'); // 3
 * ```
 */
export function versionOfETag(etag: string): number {
  return Number(checkRequest(ifMatchSchema, etag).slice(3, -1));
}
