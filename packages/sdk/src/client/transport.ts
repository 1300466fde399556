import { operationOutcomeSchema, type OperationOutcome } from '../schemas/operation-outcome.js';
import { apiErrorFor, MeridianConnectionError, MeridianError, MeridianTimeoutError } from './errors.js';

/** Options of {@link Meridian}'s HTTP transport. */
export interface TransportOptions {
  /** Server base URL, e.g. `http://localhost:8080`. */
  baseUrl: string;
  /** API key, sent as `Authorization: Bearer <key>`. */
  apiKey?: string | undefined;
  /** Per-attempt timeout in milliseconds (default 30 000). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt on 429/502/503/504 and network errors (default 2). */
  maxRetries?: number | undefined;
  /** `fetch` to use (default `globalThis.fetch`). */
  fetch?: typeof fetch | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
}

/** One request as the resources build it. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path (`/fhir/AuditEvent`) or an absolute URL returned by the server (a `next` link). */
  path: string;
  query?: Record<string, string | number | undefined | Array<string | number>> | undefined;
  body?: unknown;
  /** A body sent as it is (bytes or text) with its media type, instead of JSON `body`. */
  raw?: { data: Uint8Array | string; contentType: string } | undefined;
  /** Replaces the API key's `Authorization` header (e.g. `Bearer <EHR JWT>` for CDS Hooks). */
  authorization?: string;
  /** Retry on 429/502/503/504 and network errors (default true). */
  retry?: boolean;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

/** Exponential backoff with full jitter; honours Retry-After (seconds) when the server gives it. */
function retryDelayMs(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_DELAY_MS);
  return Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends requests with timeouts, retries and typed errors. Internal to the SDK. */
export class Transport {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;

  constructor(private readonly options: TransportOptions) {
    if (!options.baseUrl) throw new MeridianError('baseUrl is required');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const f = options.fetch ?? globalThis.fetch;
    if (!f) throw new MeridianError('no fetch available: pass options.fetch');
    this.fetchImpl = f.bind(globalThis);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 2;
  }

  /** Builds the absolute URL of a request. */
  url(spec: Pick<RequestSpec, 'path' | 'query'>): string {
    const url = /^https?:\/\//.test(spec.path) ? new URL(spec.path) : new URL(this.baseUrl + spec.path);
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
    }
    return url.toString();
  }

  /** Sends the request, retrying where safe, and returns the parsed JSON body. */
  async request(spec: RequestSpec): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      let response: RawResponse;
      try {
        response = await this.attempt(spec);
      } catch (error) {
        if (error instanceof MeridianTimeoutError || attempt >= this.maxRetriesFor(spec)) throw error;
        await sleep(retryDelayMs(attempt, null));
        continue;
      }
      if (response.status >= 200 && response.status < 300) {
        if (!response.text) return undefined;
        try {
          return JSON.parse(response.text);
        } catch {
          throw new MeridianError(`HTTP ${response.status}: the server's body is not JSON`);
        }
      }
      if (RETRY_STATUSES.has(response.status) && attempt < this.maxRetriesFor(spec)) {
        await sleep(retryDelayMs(attempt, response.headers.get('retry-after')));
        continue;
      }
      throw apiErrorFor(
        response.status,
        parseOutcome(response.text),
        response.headers.get('x-request-id') ?? undefined,
      );
    }
  }

  /**
   * Opens a streaming GET (Server-Sent Events): resolves with the body stream
   * once the headers arrive (the timeout covers only that); an error status is
   * thrown as the same typed errors as {@link request}.
   */
  async openStream(
    spec: Pick<RequestSpec, 'path' | 'query'>,
    options: { signal?: AbortSignal | undefined; lastEventId?: string | undefined } = {},
  ): Promise<ReadableStream<Uint8Array>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = { accept: 'text/event-stream', ...this.options.headers };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
    let response: Response;
    try {
      response = await this.fetchImpl(this.url(spec), { method: 'GET', headers, signal: controller.signal });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (controller.signal.aborted) throw new MeridianTimeoutError(`stream did not open within ${this.timeoutMs} ms`);
      throw new MeridianConnectionError(`could not reach ${this.baseUrl}: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
    if (response.status < 200 || response.status >= 300 || !response.body) {
      const text = await response.text();
      throw apiErrorFor(response.status, parseOutcome(text), response.headers.get('x-request-id') ?? undefined);
    }
    return response.body;
  }

  private maxRetriesFor(spec: RequestSpec): number {
    return spec.retry === false ? 0 : this.maxRetries;
  }

  /** One attempt; the timeout covers the headers and the whole body. */
  private async attempt(spec: RequestSpec): Promise<RawResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const headers: Record<string, string> = {
      accept: 'application/fhir+json, application/json',
      ...this.options.headers,
    };
    if (spec.authorization) headers.authorization = spec.authorization;
    else if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    if (spec.raw) headers['content-type'] = spec.raw.contentType;
    try {
      const response = await this.fetchImpl(this.url(spec), {
        method: spec.method,
        headers,
        body: spec.raw ? (spec.raw.data as BodyInit) : spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      if (controller.signal.aborted) throw new MeridianTimeoutError(`request timed out after ${this.timeoutMs} ms`);
      throw new MeridianConnectionError(`could not reach ${this.baseUrl}: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

function parseOutcome(text: string): OperationOutcome | undefined {
  try {
    const parsed = operationOutcomeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
