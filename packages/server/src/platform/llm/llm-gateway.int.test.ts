import { LIKELIHOOD_RANGES } from '@meridian/sdk';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseAnalysisDraft } from '../../engines/analysis/analysis-draft.js';
import { createLlmGateway } from './llm-gateway.js';
import { llmMetricsFor } from './llm-metrics.js';
import type { ChatMessage } from './prompts/build-case-prompt.js';
import { startFakeModelServer, type FakeModelServer, type ScriptedReply } from './testing/fake-model-server.js';

const draft: CaseAnalysisDraft = {
  caseSummary: 'Older adult with fever and tachycardia.',
  differentials: [
    {
      condition: 'Sepsis',
      likelihood: { band: 'moderate', probabilityRange: LIKELIHOOD_RANGES.moderate },
      findingsFor: ['fever'],
      findingsAgainst: [],
      citations: [{ kind: 'patient-fact', reference: 'Observation/t' }],
    },
  ],
  redFlags: [],
  escalation: { level: 'urgent', advice: 'Urgent review by the treating team.' },
};
const messages: ChatMessage[] = [
  { role: 'system', content: 'static' },
  { role: 'user', content: 'PATIENT DATA: secret-patient-marker' },
];

let server: FakeModelServer | undefined;
afterEach(async () => server?.close());
const start = async (script: (i: number) => ScriptedReply) =>
  (server = await startFakeModelServer((_r, i) => script(i)));
const endpoint = (models: string[], extra: Record<string, unknown> = {}) => ({
  baseUrl: server!.baseUrl,
  models: models.map((model) => ({ model })),
  maxRetries: 0,
  timeoutMs: 2000,
  ...extra,
});

describe('LLM gateway against an OpenAI-compatible server', () => {
  it('asks for the JSON schema, validates the answer and reports the model', async () => {
    await start(() => ({ content: draft }));
    const outcome = await createLlmGateway().draftCaseAnalysis(endpoint(['m1']), messages);
    expect(outcome.draft).toEqual(draft);
    expect(outcome.model).toEqual({ model: 'm1' });
    expect(outcome.fallbacks).toEqual([]);
    const sent = server!.chats[0]!;
    expect(sent.response_format?.type).toBe('json_schema');
    expect(sent.response_format?.json_schema?.name).toBe('case_analysis');
    expect(JSON.stringify(sent.response_format?.json_schema?.schema)).toContain('differentials');
  });

  it('repairs one invalid answer by showing the model its problems', async () => {
    await start((i) => ({ content: i === 0 ? '{"caseSummary": 42' : draft }));
    const outcome = await createLlmGateway().draftCaseAnalysis(endpoint(['m1']), messages);
    expect(outcome.draft).toEqual(draft);
    expect(server!.chats).toHaveLength(2);
    expect(server!.chats[1]!.messages.at(-1)!.content).toMatch(
      /not valid against the schema \(the answer is not JSON\)/,
    );
  });

  it('moves to the next model after a second invalid answer, and says why', async () => {
    await start((i) => ({ content: i < 2 ? { caseSummary: 'x', differentials: 'none' } : draft }));
    const outcome = await createLlmGateway().draftCaseAnalysis(endpoint(['lora', 'base']), messages);
    expect(outcome.model).toEqual({ model: 'base' });
    expect(outcome.fallbacks).toEqual([{ model: 'lora', reason: 'invalid-output' }]);
    expect(server!.chats.map((c) => c.model)).toEqual(['lora', 'lora', 'base']);
  });

  it('retries a 500 a bounded number of times, then falls back; every model down gives no draft', async () => {
    await start(() => ({ status: 500 }));
    const outcome = await createLlmGateway().draftCaseAnalysis(endpoint(['a', 'b'], { maxRetries: 1 }), messages);
    expect(outcome.draft).toBeNull();
    expect(outcome.fallbacks).toEqual([
      { model: 'a', reason: 'http-5xx' },
      { model: 'b', reason: 'http-5xx' },
    ]);
    expect(server!.chats).toHaveLength(4);
  });

  it('times out a slow answer and passes over a dropped connection', async () => {
    await start((i) => (i === 0 ? { delayMs: 1500, content: draft } : i === 1 ? { drop: true } : { content: draft }));
    const outcome = await createLlmGateway().draftCaseAnalysis(
      endpoint(['slow', 'dropper', 'good'], { timeoutMs: 300 }),
      messages,
    );
    expect(outcome.fallbacks).toEqual([
      { model: 'slow', reason: 'timeout' },
      { model: 'dropper', reason: 'connection' },
    ]);
    expect(outcome.model?.model).toBe('good');
  });

  it('opens the circuit after repeated failures, then lets one probe through once it is due', async () => {
    let failing = true;
    await start(() => (failing ? { status: 503 } : { content: draft }));
    let now = 0;
    const gateway = createLlmGateway({ breaker: { failureThreshold: 2, openForMs: 1000, now: () => now } });
    const ep = endpoint(['a', 'b', 'c']);
    const first = await gateway.draftCaseAnalysis(ep, messages);
    expect(first.fallbacks.map((f) => f.reason)).toEqual(['http-5xx', 'http-5xx', 'circuit-open']);
    expect(gateway.breakerState(ep.baseUrl)).toBe('open');
    const calls = server!.chats.length;
    const refused = await gateway.draftCaseAnalysis(ep, [...messages, { role: 'user', content: 'again' }]);
    expect(refused.fallbacks.every((f) => f.reason === 'circuit-open')).toBe(true);
    expect(server!.chats.length).toBe(calls);
    now = 1000;
    failing = false;
    const probe = await gateway.draftCaseAnalysis(ep, [...messages, { role: 'user', content: 'probe' }]);
    expect(probe.model?.model).toBe('a');
    expect(gateway.breakerState(ep.baseUrl)).toBe('closed');
  });

  it('answers an identical prompt from the cache keyed by model and prompt hash', async () => {
    await start(() => ({ content: draft }));
    const gateway = createLlmGateway();
    await gateway.draftCaseAnalysis(endpoint(['m1']), messages);
    const again = await gateway.draftCaseAnalysis(endpoint(['m1']), messages);
    expect(again.cached).toBe(true);
    expect(server!.chats).toHaveLength(1);
    await gateway.draftCaseAnalysis(endpoint(['m1']), [...messages, { role: 'user', content: 'other' }]);
    expect(server!.chats).toHaveLength(2);
  });

  it('streams when asked, reporting progress by size only', async () => {
    await start(() => ({ content: draft }));
    const received: number[] = [];
    const outcome = await createLlmGateway().draftCaseAnalysis(endpoint(['m1']), messages, {
      stream: true,
      onDelta: (n) => received.push(n),
    });
    expect(server!.chats[0]!.stream).toBe(true);
    expect(outcome.draft).toEqual(draft);
    expect(received.length).toBeGreaterThan(1);
  });

  it('counts calls, tokens and fallbacks in metrics labelled by model, with no patient data', async () => {
    await start((i) => (i === 0 ? { status: 500 } : { content: draft }));
    const registry = new Registry();
    await createLlmGateway({ metrics: llmMetricsFor(registry) }).draftCaseAnalysis(endpoint(['a', 'b']), messages);
    const text = await registry.metrics();
    expect(text).toMatch(/meridian_llm_calls_total\{model="a",outcome="http-5xx"\} 1/);
    expect(text).toMatch(/meridian_llm_calls_total\{model="b",outcome="ok"\} 1/);
    expect(text).toMatch(/meridian_llm_fallbacks_total\{model="a",reason="http-5xx"\} 1/);
    expect(text).toMatch(/meridian_llm_tokens_total\{model="b",direction="input"\} 100/);
    expect(text).not.toContain('secret-patient-marker');
  });
});
