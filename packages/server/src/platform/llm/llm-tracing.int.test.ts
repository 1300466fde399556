import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citedDraft } from '../../use-cases/case-analysis/testing/case-fixtures.js';
import { createLlmGateway } from './llm-gateway.js';
import { startFakeModelServer, type FakeModelServer } from './testing/fake-model-server.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

describe('model call spans', () => {
  let server: FakeModelServer;
  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(provider);
    server = await startFakeModelServer((_r, i) =>
      i === 0 ? { content: 'not json' } : { content: citedDraft('MRN-445566') },
    );
  });
  afterAll(async () => {
    await server.close();
    trace.disable();
    context.disable();
  });

  it('records model, attempt, tokens and outcome for every call, and no prompt, answer or patient value', async () => {
    const secret = 'MRN-445566';
    const outcome = await createLlmGateway().draftCaseAnalysis(
      { baseUrl: server.baseUrl, apiKey: 'sk-secret-key', models: [{ model: 'm1' }], maxRetries: 0 },
      [
        { role: 'system', content: 'static' },
        { role: 'user', content: `Patient/${secret} potassium 6.1` },
      ],
    );
    expect(outcome.draft).not.toBeNull();
    const spans = exporter.getFinishedSpans().filter((s) => s.name === 'llm.chat');
    expect(spans.map((s) => s.attributes['meridian.llm.attempt'])).toEqual(['initial', 'repair']);
    expect(spans[1]!.attributes).toMatchObject({
      'gen_ai.request.model': 'm1',
      'gen_ai.usage.input_tokens': 100,
      'meridian.llm.outcome': 'ok',
      'server.address': new URL(server.baseUrl).origin,
    });
    expect(spans[1]!.attributes['gen_ai.usage.output_tokens']).toBeGreaterThan(0);
    const everything = JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })));
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('potassium');
    expect(everything).not.toContain('sk-secret-key');
  });
});
