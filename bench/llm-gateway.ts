/**
 * bench/llm-gateway: the time Meridian's gateway adds to a model call
 * (circuit breaker, cache lookup, span, metrics, JSON parse and zod
 * validation of the structured answer, and the `openai` client itself)
 * against the same in-test OpenAI-compatible server called directly with
 * `fetch` and the same body, in the same run, alternating. Every prompt is distinct, so the cache never
 * answers.
 *
 *   npm run bench:llm-gateway     (CALLS=600 to change)
 */
import { citedDraft } from '../packages/server/src/use-cases/case-analysis/testing/case-fixtures.js';
import { createLlmGateway } from '../packages/server/src/platform/llm/llm-gateway.js';
import { llmMetricsFor } from '../packages/server/src/platform/llm/llm-metrics.js';
import {
  CASE_DRAFT_JSON_SCHEMA,
  type ChatMessage,
} from '../packages/server/src/platform/llm/prompts/build-case-prompt.js';
import { startFakeModelServer } from '../packages/server/src/platform/llm/testing/fake-model-server.js';
import { createMetrics } from '../packages/server/src/platform/telemetry/metrics.js';
import { fmt, median } from './stats.js';

const CALLS = Number(process.env.CALLS ?? 600);
const draft = citedDraft('bench-1');
const server = await startFakeModelServer(() => ({ content: draft }));
const gateway = createLlmGateway({ metrics: llmMetricsFor(createMetrics().registry) });
const endpoint = { baseUrl: server.baseUrl, models: [{ model: 'bench-model' }], maxRetries: 0 };
const messages = (i: number): ChatMessage[] => [
  { role: 'system', content: 'static system prompt' },
  { role: 'user', content: `patient data ${i}` },
];

async function callDirect(i: number) {
  const start = performance.now();
  const response = await fetch(`${server.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
    body: JSON.stringify({
      model: 'bench-model',
      messages: messages(i),
      temperature: 0,
      response_format: { type: 'json_schema', json_schema: { name: 'case_analysis', schema: CASE_DRAFT_JSON_SCHEMA } },
    }),
  });
  const completion = (await response.json()) as { choices: Array<{ message: { content: string } }> };
  if (!completion.choices[0]?.message.content) throw new Error('no content');
  return performance.now() - start;
}
async function callGateway(i: number) {
  const start = performance.now();
  const outcome = await gateway.draftCaseAnalysis(endpoint, messages(i));
  if (!outcome.draft || outcome.cached) throw new Error('expected a fresh draft');
  return performance.now() - start;
}

for (let i = 0; i < 100; i++) {
  await callDirect(-i - 1);
  await callGateway(-i - 1_000);
}
const directMs: number[] = [];
const gatewayMs: number[] = [];
for (let i = 0; i < CALLS; i++) {
  if (i % 2) {
    directMs.push(await callDirect(i));
    gatewayMs.push(await callGateway(i));
  } else {
    gatewayMs.push(await callGateway(i));
    directMs.push(await callDirect(i));
  }
}
const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.floor((p / 100) * (v.length - 1))]!;
const d50 = median(directMs);
const g50 = median(gatewayMs);
console.log(
  `llm-gateway: ${CALLS} calls each, alternating, in-test OpenAI-compatible server on loopback; milliseconds`,
);
console.log('| path | p50 | p95 | vs direct at p50 |');
console.log('|---|---|---|---|');
console.log(`| fetch -> server (baseline) | ${fmt(d50, 3)} | ${fmt(pct(directMs, 95), 3)} | 1.00 |`);
console.log(`| Meridian gateway -> server | ${fmt(g50, 3)} | ${fmt(pct(gatewayMs, 95), 3)} | ${fmt(g50 / d50, 2)} |`);
console.log(`\nadded at p50: ${fmt(g50 - d50, 3)} ms`);
await server.close();
process.exit(0);
