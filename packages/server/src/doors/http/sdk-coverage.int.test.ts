import { Meridian } from '@meridian/sdk';
import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../use-cases/services.js';
import { createTestDb, type TestDb } from '../../testing/test-databases.js';
import { createApp } from './app.js';

/**
 * "The SDK covers every endpoint": every route the app serves is reached by
 * some SDK method (or is listed below with the reason it is not), and every
 * request an SDK method sends is a route the app serves. The SDK's requests
 * are recorded by a `fetch` that answers 418, so no call needs a live server.
 */

const NOT_FOR_THE_SDK: Record<string, string> = {
  'GET /health/live': 'liveness probe for the orchestrator',
  'GET /health/ready': 'readiness probe for the orchestrator',
  'GET /metrics': 'Prometheus scrape',
  'GET /': 'the demo portal page',
  'GET /portal-config.js': 'the demo portal, told its demo key',
  'GET /fhir/ValueSet/\\$validate-code':
    "FHIR's GET form of $validate-code, for FHIR clients; the SDK sends the POST form of the same operation",
};

const UUID = '7b1a6f1e-1d53-4a3c-9a1e-3f2b1c0d9e8f';
const c = (client: Meridian) => ({
  'admin.tenants.create': () => client.admin.tenants.create({ id: 'st-marys', name: 'St Mary' }),
  'admin.tenants.list': () => client.admin.tenants.list(),
  'admin.apiKeys.create': () => client.admin.apiKeys.create('st-marys', { name: 'Portal', role: 'clinician' }),
  'admin.apiKeys.list': () => client.admin.apiKeys.list('st-marys'),
  'admin.apiKeys.revoke': () => client.admin.apiKeys.revoke('st-marys', 'key-1'),
  'admin.ehrClients.create': () =>
    client.admin.ehrClients.create('st-marys', {
      issuer: 'https://ehr.example',
      name: 'EHR',
      jwksUrl: 'https://ehr.example/jwks',
    }),
  'admin.ehrClients.list': () => client.admin.ehrClients.list('st-marys'),
  'admin.ehrClients.update': () => client.admin.ehrClients.update('st-marys', 'ehr-1', { name: 'EHR 2' }),
  'admin.ehrClients.revoke': () => client.admin.ehrClients.revoke('st-marys', 'ehr-1'),
  'admin.hl7Senders.create': () =>
    client.admin.hl7Senders.create('st-marys', { sendingApplication: 'LAB', name: 'Lab' }),
  'admin.hl7Senders.list': () => client.admin.hl7Senders.list('st-marys'),
  'admin.hl7Senders.revoke': () => client.admin.hl7Senders.revoke('st-marys', 'hl7-1'),
  'alerts.list': () => client.alerts.list(),
  'alerts.stream': () => client.alerts.stream().next(),
  'audit.search': () => client.audit.search(),
  'audit.iterate': () => client.audit.iterate().next(),
  'audit.verify': () => client.audit.verify(),
  'cases.submit': () => client.cases.submit({ patient: 'Patient/demo-ada' }),
  'cases.analyze': () => client.cases.analyze({ patient: 'Patient/demo-ada' }),
  'cdsHooks.discover': () => client.cdsHooks.discover(),
  'cdsHooks.call': () =>
    client.cdsHooks.call('meridian-patient-risk', {
      hook: 'patient-view',
      hookInstance: UUID,
      context: { userId: 'Practitioner/1', patientId: 'demo-ada' },
    }),
  'cdsHooks.preview': () => client.cdsHooks.preview('meridian-patient-risk', { patient: 'Patient/demo-ada' }),
  'cdsHooks.feedback': () =>
    client.cdsHooks.feedback('meridian-patient-risk', {
      feedback: [{ card: UUID, outcome: 'overridden', outcomeTimestamp: new Date().toISOString() }],
    }),
  'cdsHooks.settings': () => client.cdsHooks.settings(),
  'cdsHooks.updateSettings': () => client.cdsHooks.updateSettings({ budgetMs: 400 }),
  'cdsHooks.feedbackSummary': () => client.cdsHooks.feedbackSummary(),
  'documents.upload': () => client.documents.upload('Seen today.', { contentType: 'text/plain' }),
  'documents.uploadAndWait': () => client.documents.uploadAndWait('Seen today.', { contentType: 'text/plain' }),
  'documents.get': () => client.documents.get('doc-1'),
  'documents.scrub': () => client.documents.scrub('doc-1', { mode: 'tag' }),
  'documents.submitExtraction': () => client.documents.submitExtraction('doc-1'),
  'documents.extract': () => client.documents.extract('doc-1', { profile: 'general' }),
  'escalations.list': () => client.escalations.list(),
  'escalations.acknowledge': () => client.escalations.acknowledge(UUID),
  'modelEndpoints.get': () => client.modelEndpoints.get('st-marys'),
  'modelEndpoints.set': () => client.modelEndpoints.set('st-marys', { engine: 'rules' }),
  'fhir.transaction': () => client.fhir.transaction({ resourceType: 'Bundle', type: 'transaction', entry: [] }),
  'fhir.read': () => client.fhir.read('Patient', 'demo-ada'),
  'fhir.history': () => client.fhir.history('Patient', 'demo-ada'),
  'fhir.search': () => client.fhir.search('Observation', { patient: 'Patient/demo-ada' }),
  'guidelines.ingest': () =>
    client.guidelines.ingest({ title: 'Sepsis', format: 'markdown', content: '# Sepsis\nText.' }),
  'guidelines.search': () => client.guidelines.search({ q: 'sepsis' }),
  'guidelines.chunk': () => client.guidelines.chunk('chunk-1'),
  'hl7.messages': () => client.hl7.messages(),
  'hl7.reprocess': () => client.hl7.reprocess('1'),
  'jobs.get': () => client.jobs.get(UUID),
  'jobs.wait': () => client.jobs.wait(UUID),
  'jobs.stream': () => client.jobs.stream(UUID).next(),
  'notes.submitExtraction': () => client.notes.submitExtraction({ text: 'Denies chest pain.' }),
  'notes.extract': () => client.notes.extract({ text: 'Denies chest pain.' }),
  'phi.scrub': () => client.phi.scrub({ text: 'Seen by Dr Smith.' }),
  'risk.assess': () => client.risk.assess({ patient: 'Patient/demo-ada' }),
  'safety.check': () => client.safety.check({ text: 'Discuss with the treating clinician.' }),
  'summaries.get': () => client.summaries.get('Patient/demo-ada'),
  'terminology.list': () => client.terminology.list(),
  'terminology.read': () => client.terminology.read('meridian-hypertension'),
  'terminology.expand': () => client.terminology.expand('meridian-hypertension'),
  'terminology.validateCode': () =>
    client.terminology.validateCode({ url: 'https://x/vs', system: 'http://snomed.info/sct', code: '38341003' }),
  'training.export': () => client.training.export(),
});

/** Every `METHOD /path` the app routes, from Express's router stacks. */
function routesOf(router: Router): string[] {
  const out: string[] = [];
  const walk = (stack: Router['stack']) => {
    for (const layer of stack) {
      const route = layer.route as { path: string; methods: Record<string, boolean> } | undefined;
      if (route) for (const method of Object.keys(route.methods)) out.push(`${method.toUpperCase()} ${route.path}`);
      else if ((layer.handle as unknown as Router).stack) walk((layer.handle as unknown as Router).stack);
    }
  };
  walk(router.stack);
  return [...new Set(out)];
}

const matcher = (route: string) => {
  const [method, path] = route.split(' ') as [string, string];
  const pattern = path
    .split('/')
    .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/\\\$/g, '$').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return (request: string) => new RegExp(`^${method} ${pattern}$`).test(request);
};

/** Private helpers of the resource classes (TypeScript's `private` is not visible at run time). */
const PRIVATE_HELPERS = new Set(['page', 'authorization']);

/** The public resource methods of a client: `admin.tenants.create`, `risk.assess`, … */
function sdkMethods(client: Meridian): string[] {
  const names: string[] = [];
  const visit = (value: object, prefix: string, depth: number) => {
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(value))) {
      if (
        name !== 'constructor' &&
        !PRIVATE_HELPERS.has(name) &&
        typeof (value as Record<string, unknown>)[name] === 'function'
      )
        names.push(`${prefix}${name}`);
    }
    if (depth === 0) return;
    for (const [key, child] of Object.entries(value)) {
      if (child && typeof child === 'object' && key !== 'transport' && key !== 'jobs')
        visit(child as object, `${prefix}${key}.`, depth - 1);
    }
  };
  for (const [key, resource] of Object.entries(client))
    if (key !== 'transport') visit(resource as object, `${key}.`, 1);
  return names;
}

describe('the SDK covers every endpoint', () => {
  let testDb: TestDb;
  let routes: string[];
  const sent = new Map<string, string[]>();
  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    routes = routesOf(
      (createApp({ services: createServices({ db: testDb.db }) }) as unknown as { router: Router }).router,
    );
  });
  afterAll(() => testDb?.dispose());

  it('has a recorded call for every SDK method, and each reaches the network', async () => {
    let current = '';
    const client = new Meridian({
      baseUrl: 'http://meridian.invalid',
      apiKey: 'k',
      maxRetries: 0,
      fetch: async (input, init) => {
        const url = new URL(String(input));
        sent.set(current, [...(sent.get(current) ?? []), `${init?.method ?? 'GET'} ${url.pathname}`]);
        return new Response(
          JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing' }] }),
          { status: 418 },
        );
      },
    });
    const calls = c(client) as Record<string, () => Promise<unknown>>;
    expect(Object.keys(calls).sort()).toEqual(sdkMethods(client).sort());
    for (const [name, call] of Object.entries(calls)) {
      current = name;
      await call().catch(() => undefined);
      expect(
        sent.get(name),
        `${name} sent no request (did its arguments fail the SDK's own validation?)`,
      ).toBeDefined();
    }
  });

  it('reaches every route the app serves, except the ones named with their reason, and sends nothing the app does not serve', () => {
    const requests = [...sent.values()].flat();
    const uncovered = routes.filter((r) => !NOT_FOR_THE_SDK[r] && !requests.some(matcher(r)));
    expect(uncovered).toEqual([]);
    const unknown = requests.filter((q) => !routes.some((r) => matcher(r)(q)));
    expect(unknown).toEqual([]);
  });
});
