/**
 * Fetches the prefetch keys a CDS Client did not send, from its `fhirServer`
 * with the `fhirAuthorization` bearer token (fhir-kit-client), in parallel,
 * inside a deadline. Any failure is the specification's 412: the service
 * cannot obtain the data it needs.
 *
 * @module
 */
import { Client } from 'fhir-kit-client';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';

/** Where and how to fetch. */
export interface FetchPrefetchOptions {
  fhirServer: string;
  accessToken: string;
  /** Prefetch key → resolved relative query (`Observation?patient=1&category=vital-signs`). */
  queries: Readonly<Record<string, string>>;
  /** Aborts every request when the hook's budget runs out. */
  signal: AbortSignal;
}

function statusOf(error: unknown): number | undefined {
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

/** The 412 for a key that could not be fetched; never carries the server's body (it may hold PHI). */
function unavailable(key: string, error: unknown, signal: AbortSignal): OutcomeError {
  const status = statusOf(error);
  const why = signal.aborted
    ? 'the FHIR server did not answer within the time budget'
    : status === 401 || status === 403
      ? `the FHIR server refused the access token (HTTP ${status})`
      : status !== undefined
        ? `the FHIR server answered HTTP ${status}`
        : 'the FHIR server could not be reached';
  return new OutcomeError('fhir-data-unavailable', `prefetch '${key}' was not sent and could not be fetched: ${why}`, [
    `prefetch.${key}`,
  ]);
}

/**
 * Reads every query; resolves to key → resource (or Bundle), or rejects with
 * a 412 `fhir-data-unavailable` naming the first key that failed and why.
 *
 * @example
 * ```ts
 * const fetched = await fetchPrefetch({ fhirServer, accessToken, queries: { patient: 'Patient/123' }, signal: AbortSignal.timeout(400) });
 * ```
 */
export async function fetchPrefetch(options: FetchPrefetchOptions): Promise<Record<string, unknown>> {
  const { signal } = options;
  const client = new Client({ baseUrl: options.fhirServer, bearerToken: options.accessToken });
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(signal.reason);
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined);
  const entries = await Promise.all(
    Object.entries(options.queries).map(async ([key, query]) => {
      try {
        // Race the abort too: a server that sent headers and then hangs must not hold the hook.
        const value = await Promise.race([client.request(query, { options: { signal } }), aborted]);
        return [key, value] as const;
      } catch (error) {
        throw unavailable(key, error, signal);
      }
    }),
  );
  return Object.fromEntries(entries);
}
