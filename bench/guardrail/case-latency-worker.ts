/**
 * One side of bench/guardrail's latency comparison: a Meridian app on PGlite
 * with the acute patient and a scripted OpenAI-compatible model whose draft
 * carries doses, running the case-analysis use case (`analyzeCase`: load the
 * patient, score, retrieve, call the model over loopback, check citations,
 * the guardrail, the escalation record and AuditEvent in one transaction)
 * once per message from the parent and replying with the milliseconds it
 * took. The use case, not `POST /cases/analyze`: the route waits on the job
 * queue in 25 ms polls, which would round the figures. Started plainly it runs
 * today's guardrail; with `--import ./bench/guardrail/register-legacy.mjs` the
 * guardrail from before issue #17.
 */
import request from 'supertest';
import { setTenantLlmConfig } from '../../packages/server/src/platform/llm/tenant-llm-config.js';
import { startFakeModelServer } from '../../packages/server/src/platform/llm/testing/fake-model-server.js';
import { actorFor } from '../../packages/server/src/platform/tenancy/actor.js';
import { systemPrincipal } from '../../packages/server/src/platform/tenancy/principal.js';
import { analyzeCase } from '../../packages/server/src/use-cases/case-analysis/analyze-case.js';
import {
  acutePatientBundle,
  citedDraft,
} from '../../packages/server/src/use-cases/case-analysis/testing/case-fixtures.js';
import { createTestApp } from '../../packages/server/src/testing/test-app.js';

const draft = citedDraft('bench-1');
draft.caseSummary = `${draft.caseSummary} Give piperacillin-tazobactam 4.5 g IV q8h.`;
draft.differentials[0]!.findingsFor.push('amox 500 q8');
const model = await startFakeModelServer(() => ({ content: draft }));
const t = await createTestApp('pglite', 'bench-guardrail');
await request(t.app)
  .post('/fhir')
  .set('Authorization', `Bearer ${t.keys.integration}`)
  .send(acutePatientBundle('bench-1', new Date().toISOString()));
await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
  baseUrl: model.baseUrl,
  models: [{ model: 'bench-model' }],
});

process.on('message', (message: { i: number } | 'stop') => {
  if (message === 'stop') {
    void Promise.all([t.dispose(), model.close()]).then(() => process.exit(0));
    return;
  }
  void (async () => {
    const actor = actorFor(systemPrincipal(t.tenantId, 'bench-guardrail'), `bench-${message.i}`);
    const start = process.hrtime.bigint();
    // A question of its own each time, so that the gateway's cache never answers.
    const analysis = await analyzeCase(t.services, actor, { patient: 'bench-1', question: `Sepsis? (${message.i})` });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (analysis.provenance.engine !== 'llm') throw new Error('the model did not answer');
    process.send!({ ms, dosing: analysis.provenance.removals.dosing });
  })();
});
process.send!('ready');
