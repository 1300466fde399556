/**
 * Paginated prefetch: a CDS Client MAY paginate prefetch results (CDS Hooks
 * 2.0, requirement 48), and a FHIR server pages what Meridian fetches. A
 * searchset Bundle with a `next` link is completed from the client's FHIR
 * server (fhir-kit-client's `nextPage`, with `fhirAuthorization`) inside the
 * deadline, up to {@link MAX_PREFETCH_ENTRIES} entries, and only when the
 * link lies under `fhirServer` and `fhirServer` is one the client registered
 * (a `next` URL is the client's to choose, so it gets the same SSRF guard).
 * What cannot be completed is used as it is and named, so the AuditEvent
 * says which keys were read in part.
 *
 * @module
 */
import { Client } from 'fhir-kit-client';
import { checkPrefetchValue, MAX_PREFETCH_ENTRIES } from './check-prefetch-value.js';
import { fhirServerAllowed } from './fhir-server-allow.js';
import type { PrefetchPlanEntry } from './prefetch-plan.js';

type Json = Record<string, unknown>;
type Page = { link?: Array<{ relation?: string; url?: string }>; entry?: unknown[] };

const nextUrl = (bundle: Page): string | undefined => bundle.link?.find((l) => l.relation === 'next')?.url;

/** Where pages may come from. */
export interface PageSource {
  fhirServer: string | undefined;
  accessToken: string | undefined;
  /** The client's registered FHIR servers (`undefined`: any, the unsigned demo caller). */
  fhirServers: readonly string[] | undefined;
  signal: AbortSignal;
  patientId: string | undefined;
}

/**
 * Appends the remaining pages of every paged searchset in `data` (the keys of
 * `plans`), in place. Returns the keys left incomplete (no credentials, a
 * link outside the allowed server, an error, the deadline, or the entry cap).
 *
 * @example
 * ```ts
 * const partial = await followNextPages(gathered.data, plans, { fhirServer, accessToken, fhirServers, signal, patientId });
 * ```
 */
export async function followNextPages(
  data: Record<string, unknown>,
  plans: readonly PrefetchPlanEntry[],
  source: PageSource,
): Promise<string[]> {
  const paged = plans.filter(
    (p) =>
      p.expect.kind === 'search' &&
      typeof data[p.key] === 'object' &&
      data[p.key] !== null &&
      nextUrl(data[p.key] as Page),
  );
  if (!paged.length) return [];
  const { fhirServer, accessToken } = source;
  const usable =
    fhirServer !== undefined && accessToken !== undefined && fhirServerAllowed(fhirServer, source.fhirServers);
  if (!usable) return paged.map((p) => p.key);
  const client = new Client({ baseUrl: fhirServer, bearerToken: accessToken });
  const incomplete = await Promise.all(
    paged.map(async (plan) => ((await completeOne(client, data, plan, fhirServer, source)) ? undefined : plan.key)),
  );
  return incomplete.filter((k): k is string => k !== undefined);
}

/** `work`, or a rejection when `signal` aborts first (a server that sent headers and then hangs must not hold the hook). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Follows one key's `next` links; true when the last page was reached. */
async function completeOne(
  client: Client,
  data: Record<string, unknown>,
  plan: PrefetchPlanEntry,
  fhirServer: string,
  source: PageSource,
): Promise<boolean> {
  const first = data[plan.key] as Json & Page;
  const entries = [...(first.entry ?? [])];
  let page: Page = first;
  try {
    for (let url = nextUrl(page); url !== undefined; url = nextUrl(page)) {
      if (source.signal.aborted || entries.length >= MAX_PREFETCH_ENTRIES || !fhirServerAllowed(url, [fhirServer]))
        return false;
      const next = client.nextPage({ bundle: page as never, options: { signal: source.signal } });
      if (!next) return true;
      page = (await untilAborted(next, source.signal)) as Page;
      checkPrefetchValue(plan, page, source.patientId);
      entries.push(...(page.entry ?? []));
    }
    return true;
  } catch {
    return false;
  } finally {
    data[plan.key] = {
      ...first,
      entry: entries.slice(0, MAX_PREFETCH_ENTRIES),
      link: (page.link ?? []).filter((l) => l.relation !== 'next'),
    };
  }
}
