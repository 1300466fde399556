import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safetyCheckResponseSchema } from '@meridian/sdk';
import { TREATMENT_ADVICE } from '../../../engines/safety/guard-text.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

describe.each(DB_KINDS)('POST /safety/check on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-safety');
  });
  afterAll(async () => t?.dispose());
  const check = (body: unknown, key = t.keys.integration) =>
    request(t.app)
      .post('/safety/check')
      .set('Authorization', `Bearer ${key}`)
      .send(body as object);

  it.skipIf(skip)('removes dosing text from any text, says why, and keeps lab values', async () => {
    const res = await check({ text: 'K 5.2 mmol/L, NEWS2 7, SpO2 92%. Give furosemide 40 mg IV BD.' });
    expect(res.status).toBe(200);
    const body = safetyCheckResponseSchema.parse(res.body);
    expect(body.text).toBe(`K 5.2 mmol/L, NEWS2 7, SpO2 92%. ${TREATMENT_ADVICE}`);
    expect(body.removed).toEqual([
      { reason: 'dose', rule: 'dose-unit', text: 'Give furosemide 40 mg IV BD.', start: 33 },
    ]);
  });

  it.skipIf(skip)('answers bad input with an OperationOutcome, never a 500', async () => {
    expect((await check({})).status).toBe(400);
    expect((await check({ text: 42 })).body.issue[0].details.coding[0].code).toBe('validation-failed');
    expect((await check({ text: 'x'.repeat(100_001) })).status).toBe(400);
    expect(
      (
        await request(t.app)
          .post('/safety/check')
          .set('Authorization', `Bearer ${t.keys.integration}`)
          .set('content-type', 'application/json')
          .send('{"text":')
      ).status,
    ).toBe(400);
    expect((await check({ text: 'ok' }, t.keys.auditor)).status).toBe(403);
  });
});
