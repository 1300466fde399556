import {
  expandParamsSchema,
  parametersSchema,
  validateCodeParamsSchema,
  valueSetBundleSchema,
  valueSetIdSchema,
  valueSetSchema,
  valueSetSearchParamsSchema,
  type CodeValidationResult,
  type ExpandParams,
  type ValidateCodeParams,
  type ValueSet,
  type ValueSetSearchParams,
} from '../../schemas/terminology.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/**
 * The value sets Meridian recognises (published VSAC expansions and its
 * curated lists), read-only. Reach it as `client.terminology`.
 */
export class TerminologyResource {
  constructor(private readonly transport: Transport) {}

  /**
   * The value sets Meridian loads, without their codes (`GET /fhir/ValueSet`),
   * optionally the one a `url` (URL, OID or id) names or those whose title
   * contains `title`.
   *
   * @example
   * ```ts
   * const sets = await client.terminology.list({ title: 'heart' });
   * sets.map((vs) => `${vs.id} ${vs.title}`);
   * ```
   */
  async list(params: ValueSetSearchParams = {}): Promise<ValueSet[]> {
    const query = checkRequest(valueSetSearchParamsSchema, params);
    const bundle = checkResponse(
      valueSetBundleSchema,
      await this.transport.request({ method: 'GET', path: '/fhir/ValueSet', query }),
    );
    return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  }

  /**
   * Reads a value set as published (`GET /fhir/ValueSet/{id}`).
   *
   * @example
   * ```ts
   * const hf = await client.terminology.read('2.16.840.1.113883.3.526.3.376');
   * hf.title; // 'Heart Failure'
   * ```
   */
  async read(id: string): Promise<ValueSet> {
    const path = `/fhir/ValueSet/${checkRequest(valueSetIdSchema, id)}`;
    return checkResponse(valueSetSchema, await this.transport.request({ method: 'GET', path }));
  }

  /**
   * One page of a value set's members (`GET /fhir/ValueSet/{id}/$expand`),
   * optionally filtered by text in the code or display.
   *
   * @example
   * ```ts
   * const page = await client.terminology.expand('2.16.840.1.113883.3.526.3.376', { filter: 'ejection', count: 10 });
   * page.expansion?.contains?.[0]?.code;
   * ```
   */
  async expand(id: string, params: ExpandParams = {}): Promise<ValueSet> {
    const query = checkRequest(expandParamsSchema, params);
    const path = `/fhir/ValueSet/${checkRequest(valueSetIdSchema, id)}/$expand`;
    return checkResponse(valueSetSchema, await this.transport.request({ method: 'GET', path, query }));
  }

  /**
   * Whether a code belongs to a value set (`POST /fhir/ValueSet/$validate-code`).
   * `url` is the set's canonical URL, OID or id; system aliases (OIDs) and
   * ICD-10-CM with or without the dot are accepted.
   *
   * @example
   * ```ts
   * const { result } = await client.terminology.validateCode({ url: 'meridian-nsaid-ingredients', system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '5640' });
   * ```
   */
  async validateCode(params: ValidateCodeParams): Promise<CodeValidationResult> {
    const { url, system, code, display } = checkRequest(validateCodeParamsSchema, params);
    const body = {
      resourceType: 'Parameters',
      parameter: [
        { name: 'url', valueUri: url },
        { name: 'system', valueUri: system },
        { name: 'code', valueCode: code },
        ...(display ? [{ name: 'display', valueString: display }] : []),
      ],
    };
    const parameters = checkResponse(
      parametersSchema,
      await this.transport.request({ method: 'POST', path: '/fhir/ValueSet/$validate-code', body }),
    );
    const find = (name: string) => parameters.parameter?.find((p) => p.name === name);
    const out: CodeValidationResult = { result: find('result')?.valueBoolean === true, parameters };
    const shown = find('display')?.valueString;
    const message = find('message')?.valueString;
    if (shown !== undefined) out.display = shown;
    if (message !== undefined) out.message = message;
    return out;
  }
}
