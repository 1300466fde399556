import { anyResourceSchema, bundleSchema, nextLinkOf, type AnyResource, type Bundle } from '../../schemas/bundle.js';
import {
  fhirSearchParamsSchema,
  transactionRequestSchema,
  transactionResponseSchema,
  type FhirSearchParams,
  type TransactionRequest,
  type TransactionResponse,
} from '../../schemas/fhir-rest.js';
import { FHIR_ID, FHIR_RESOURCE_TYPE } from '../../schemas/fhir-primitives.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** One page of FHIR search results. */
export interface FhirSearchPage<T = AnyResource> {
  bundle: Bundle<T>;
  resources: T[];
  /** The next page, or `undefined` on the last. */
  next(): Promise<FhirSearchPage<T> | undefined>;
}

function path(type: string, id?: string): string {
  if (!FHIR_RESOURCE_TYPE.test(type)) throw new TypeError(`not a FHIR resource type: ${type}`);
  if (id !== undefined && !FHIR_ID.test(id)) throw new TypeError('not a valid FHIR id');
  return id === undefined ? `/fhir/${type}` : `/fhir/${type}/${id}`;
}

/**
 * Meridian's FHIR REST: load patients with transaction Bundles, read, read
 * history, and search. Reach it as `client.fhir`.
 */
export class FhirResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Sends a `transaction` (all or nothing) or `batch` Bundle (`POST /fhir`).
   *
   * @example
   * ```ts
   * const response = await client.fhir.transaction(syntheaBundle);
   * response.entry?.[0]?.response?.location; // 'Patient/…/_history/1'
   * ```
   */
  async transaction(bundle: TransactionRequest): Promise<TransactionResponse> {
    const body = checkRequest(transactionRequestSchema, bundle);
    return checkResponse(
      transactionResponseSchema,
      await this.transport.request({ method: 'POST', path: '/fhir', body }),
    );
  }

  /**
   * Reads the current version of a resource (`GET /fhir/{type}/{id}`).
   *
   * @example
   * ```ts
   * const patient = await client.fhir.read('Patient', '123');
   * ```
   */
  async read<T extends AnyResource = AnyResource>(type: string, id: string): Promise<T> {
    return checkResponse(anyResourceSchema, await this.transport.request({ method: 'GET', path: path(type, id) })) as T;
  }

  /**
   * Every version of a resource, newest first (`GET /fhir/{type}/{id}/_history`).
   *
   * @example
   * ```ts
   * const versions = await client.fhir.history('Patient', '123');
   * ```
   */
  async history<T extends AnyResource = AnyResource>(type: string, id: string): Promise<T[]> {
    const bundle = checkResponse(
      bundleSchema,
      await this.transport.request({ method: 'GET', path: `${path(type, id)}/_history` }),
    );
    return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource as T] : []));
  }

  /**
   * Searches one resource type (`GET /fhir/{type}`); returns the first page.
   *
   * @example
   * ```ts
   * const page = await client.fhir.search('Observation', { patient: 'Patient/123', code: 'http://loinc.org|8867-4' });
   * ```
   */
  async search<T extends AnyResource = AnyResource>(
    type: string,
    params: FhirSearchParams = {},
  ): Promise<FhirSearchPage<T>> {
    const query = checkRequest(fhirSearchParamsSchema, params);
    return this.page<T>(await this.transport.request({ method: 'GET', path: path(type), query }));
  }

  private page<T>(body: unknown): FhirSearchPage<T> {
    const bundle = checkResponse(bundleSchema, body) as Bundle<T>;
    const nextUrl = nextLinkOf(bundle);
    return {
      bundle,
      resources: (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : [])),
      next: async () =>
        nextUrl ? this.page<T>(await this.transport.request({ method: 'GET', path: nextUrl })) : undefined,
    };
  }
}
