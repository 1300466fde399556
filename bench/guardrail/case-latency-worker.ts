/**
 * One side of bench/guardrail's latency comparison: a Meridian app on PGlite
 * with the acute patient and a scripted OpenAI-compatible model whose draft
 * carries a dose, answering `POST /cases/analyze` once per message from the
 * parent and replying with the milliseconds it took. Started plainly it runs
 * today's guardrail; with `--import ./bench/guardrail/register-legacy.mjs` the
 * guardrail from before issue #17.
 */
import request from 'supertest';
import { caseAnalysisHandler } from '../../packages/server/src/doors/workers/case-analysis-worker.js';
import { setTenantLlmConfig } from '../../packages/server/src/platform/llm/tenant-llm-config.js';
import { startFakeModelServer } from '../../packages/server/src/platform/llm/testing/fake-model-server.js';
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
await t.services.jobs.work(caseAnalysisHandler(t.services), 2);

process.on('message', (message: { i: number } | 'stop') => {
  if (message === 'stop') {
    void t.services.jobs
      .stop()
      .then(() => Promise.all([t.dispose(), model.close()]))
      .then(() => process.exit(0));
    return;
  }
  void (async () => {
    const start = process.hrtime.bigint();
    const res = await request(t.app)
      .post('/cases/analyze')
      .set('Authorization', `Bearer ${t.keys.clinician}`)
      // A question of its own each time, so that the gateway's cache never answers.
      .send({ patient: 'bench-1', question: `Sepsis? (${message.i})`, budgetMs: 20_000 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (res.status !== 200 || res.body.provenance.engine !== 'llm') throw new Error(`unexpected answer ${res.status}`);
    process.send!({ ms, dosing: res.body.provenance.removals.dosing as number });
  })();
});
process.send!('ready');
