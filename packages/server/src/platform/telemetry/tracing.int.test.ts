import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

/** A real OpenTelemetry SDK registered by the "host process", exporting to memory. */
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

describe('OpenTelemetry spans', () => {
  let t: TestApp;
  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(provider);
    t = await createTestApp('pglite', 'clinic-otel');
  });
  afterAll(async () => {
    await t?.dispose();
    trace.disable();
    context.disable();
  });

  it('wraps a request and its database calls, with route patterns and no PHI in any attribute', async () => {
    exporter.reset();
    const secret = 'MRN-778899';
    const res = await request(t.app)
      .get(`/fhir/Patient?identifier=urn:mrn|${secret}`)
      .set('Authorization', `Bearer ${t.keys.clinician}`);
    expect(res.status).toBe(200);
    const spans = exporter.getFinishedSpans();
    const server = spans.find((s) => s.name === 'HTTP GET /fhir/:type');
    expect(server?.attributes).toMatchObject({
      'http.route': '/fhir/:type',
      'http.response.status_code': 200,
      'meridian.tenant': 'clinic-otel',
    });
    const db = spans.filter((s) => s.name.startsWith('db '));
    expect(db.map((s) => s.name)).toEqual(expect.arrayContaining(['db SELECT', 'db INSERT']));
    // Database spans are children of the request's span.
    expect(db.every((s) => s.spanContext().traceId === server!.spanContext().traceId)).toBe(true);
    const everything = JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })));
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('identifier=');
  });
});
