import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTenantLlmConfig } from '../../platform/llm/tenant-llm-config.js';
import { startFakeModelServer, type FakeModelServer } from '../../platform/llm/testing/fake-model-server.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const PHI = ['Holloway', '123-45-6789', 'AB-778899', 'james.holloway@example.com', '02118'];
const TEXT = `Mr. James Holloway, SSN 123-45-6789, MRN AB-778899, james.holloway@example.com, Boston, MA 02118.`;

describe.each(DB_KINDS)('the logger never receives PHI from scrubbing on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  const lines: string[] = [];
  beforeAll(async () => {
    if (skip) return;
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    model = await startFakeModelServer(() => ({ status: 500 }));
    t = await createTestApp(kind, 'clinic-phi-logs', { services: { logger: pino({ level: 'trace' }, sink) } });
    await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
      baseUrl: model.baseUrl,
      models: [{ model: 'failing-model' }],
      maxRetries: 0,
    });
  });
  afterAll(async () => {
    await t?.dispose();
    await model?.close();
  });

  it.skipIf(skip)(
    'scrubs, fails a model pass, refuses bad input and a wrong role: every line logged is free of the text',
    async () => {
      const scrub = (body: object, key = t.keys.clinician) =>
        request(t.app).post('/phi/scrub').set('Authorization', `Bearer ${key}`).send(body);
      expect((await scrub({ text: TEXT, mode: 'surrogate', patient: 'Patient/p1' })).status).toBe(200);
      const failedModel = await scrub({ text: TEXT, model: true });
      expect(failedModel.body.modelNote).toMatch(/every model failed/);
      expect((await scrub({ text: TEXT, mode: TEXT })).status).toBe(400);
      expect((await scrub({ text: TEXT }, t.keys.auditor)).status).toBe(403);
      expect(
        (
          await request(t.app)
            .post('/phi/scrub')
            .set('Authorization', `Bearer ${t.keys.clinician}`)
            .set('content-type', 'application/json')
            .send(`{"text": "${TEXT}`)
        ).status,
      ).toBe(400);
      expect(lines.length).toBeGreaterThan(4);
      const logged = lines.join('');
      for (const value of PHI) expect(logged).not.toContain(value);
    },
  );
});
