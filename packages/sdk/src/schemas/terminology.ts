import { z } from 'zod';
import { bundleSchemaOf } from './bundle.js';

const text = (max: number) => z.string().min(1).max(max);
const ID = /^[A-Za-z0-9.-]{1,64}$/;

/**
 * A ValueSet id as Meridian serves it: a VSAC OID or a curated id.
 *
 * @example
 * ```ts
 * valueSetIdSchema.parse('2.16.840.1.113883.3.526.3.376');
 * ```
 */
export const valueSetIdSchema = z.string().regex(ID, 'a ValueSet id: letters, digits, dots and hyphens');

/**
 * Query of `GET /fhir/ValueSet/{id}/$expand`: text the code or display must
 * contain, and a page (`count` up to 1000, `offset`).
 *
 * @example
 * ```ts
 * expandParamsSchema.parse({ filter: 'ejection', count: '20' }); // { filter: 'ejection', count: 20 }
 * ```
 */
export const expandParamsSchema = z.strictObject({
  filter: text(200).optional(),
  count: z.coerce.number().int().min(0).max(1000).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

/** Parameters of `$expand`. */
export type ExpandParams = z.input<typeof expandParamsSchema>;

/**
 * Query of `GET /fhir/ValueSet/$validate-code`: the value set (`url`: its
 * canonical URL, OID or id) and the coding (`system`, `code`).
 *
 * @example
 * ```ts
 * validateCodeParamsSchema.parse({ url: '2.16.840.1.113883.3.526.3.376', system: 'http://snomed.info/sct', code: '703272007' });
 * ```
 */
export const validateCodeParamsSchema = z.strictObject({
  url: text(300),
  system: text(300),
  code: text(100),
  display: text(500).optional(),
});

/** Parameters of `$validate-code`. */
export type ValidateCodeParams = z.infer<typeof validateCodeParamsSchema>;

const parameter = z.looseObject({
  name: text(64),
  valueUri: z.string().max(300).optional(),
  valueString: z.string().max(500).optional(),
  valueCode: z.string().max(100).optional(),
  valueBoolean: z.boolean().optional(),
  valueCoding: z
    .looseObject({
      system: z.string().max(300).optional(),
      code: z.string().max(100).optional(),
      display: z.string().max(500).optional(),
    })
    .optional(),
});

/**
 * A FHIR `Parameters` resource: the body of `POST /fhir/ValueSet/$validate-code`
 * (`url`, `system`, `code`, or `coding`) and the answer of `$validate-code`
 * (`result`, `display`, `message`).
 *
 * @example
 * ```ts
 * parametersSchema.parse({ resourceType: 'Parameters', parameter: [{ name: 'result', valueBoolean: true }] });
 * ```
 */
export const parametersSchema = z.looseObject({
  resourceType: z.literal('Parameters'),
  parameter: z.array(parameter).max(50).optional(),
});

/** A FHIR Parameters resource. */
export type Parameters = z.infer<typeof parametersSchema>;

const expansionContains = z.looseObject({ system: z.string(), code: z.string(), display: z.string().optional() });

/**
 * A FHIR `ValueSet` as Meridian serves it: the published resource (VSAC
 * expansion or curated compose) and, from `$expand`, one page of its members.
 *
 * @example
 * ```ts
 * const vs = valueSetSchema.parse(await response.json());
 * vs.expansion?.contains?.map((c) => c.code);
 * ```
 */
export const valueSetSchema = z.looseObject({
  resourceType: z.literal('ValueSet'),
  id: z.string(),
  url: z.string(),
  title: z.string().optional(),
  version: z.string().optional(),
  expansion: z
    .looseObject({
      timestamp: z.string().optional(),
      total: z.number().int().optional(),
      offset: z.number().int().optional(),
      contains: z.array(expansionContains).optional(),
    })
    .optional(),
});

/** A ValueSet resource. */
export type ValueSet = z.infer<typeof valueSetSchema>;

/**
 * Query of `GET /fhir/ValueSet`: `url` (canonical URL, OID or id) or `title`
 * text, both optional.
 *
 * @example
 * ```ts
 * valueSetSearchParamsSchema.parse({ title: 'heart' });
 * ```
 */
export const valueSetSearchParamsSchema = z.strictObject({ url: text(300).optional(), title: text(200).optional() });

/** Parameters of the ValueSet search. */
export type ValueSetSearchParams = z.infer<typeof valueSetSearchParamsSchema>;

/**
 * Answer of `GET /fhir/ValueSet`: a `searchset` Bundle of the loaded value
 * sets, each without its codes (read or `$expand` one for those).
 *
 * @example
 * ```ts
 * valueSetBundleSchema.parse(body).entry?.map((e) => e.resource?.title);
 * ```
 */
export const valueSetBundleSchema = bundleSchemaOf(valueSetSchema);

/**
 * The answer of `$validate-code`, read from its Parameters.
 *
 * @example
 * ```ts
 * const { result, display } = await client.terminology.validateCode({ url: 'meridian-nsaid-ingredients', system: RXNORM, code: '5640' });
 * ```
 */
export interface CodeValidationResult {
  result: boolean;
  display?: string;
  message?: string;
  parameters: Parameters;
}
