import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTenant } from '../../../platform/tenancy/tenants.js';
import { readResource, writeResource } from '../../../platform/fhir-store/resource-repository.js';
import { DatabaseUnavailableError, type Db } from '../../../platform/store/db.js';
import { migrate } from '../../../platform/store/migrate.js';
import { openPgliteDb } from '../../../platform/store/pglite-db.js';
import { createApp } from '../app.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { JSON_BODY_LIMITS } from '../../../platform/validation/json-shape.js';

/** `levels` arrays around a string: `[[[…"x"…]]]`. */
const nest = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};
const putPatient = (id: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [{ resource: { resourceType: 'Patient', id, ...extra }, request: { method: 'PUT', url: `Patient/${id}` } }],
});

describe.each(DB_KINDS)('deep nesting wedges PGlite (probe 1) on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-deep');
  });
  afterAll(async () => t?.dispose());
  const post = (body: unknown) =>
    request(t.app)
      .post('/fhir')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .set('Content-Type', 'application/fhir+json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  it.skipIf(skip)(
    'deep nesting: a resource nested 1,000, 5,000 and 100,000 levels is a 400 naming where, and the server stays ready',
    async () => {
      for (const levels of [1_000, 5_000, 100_000]) {
        // Written as text: JSON.stringify itself overflows the stack on 100,000 levels.
        const text = JSON.stringify(putPatient('deep', { extension: '@' })).replace(
          '"@"',
          `${'['.repeat(levels)}"x"${']'.repeat(levels)}`,
        );
        const res = await post(text);
        expect(res.status, `${levels} levels`).toBe(400);
        expect(res.body.resourceType).toBe('OperationOutcome');
        expect(res.body.issue[0].details.coding[0].code).toBe('validation-failed');
        expect(res.body.issue[0].details.text).toMatch(/nested deeper than 100 levels/);
        expect(res.body.issue[0].expression[0]).toMatch(/^body\.entry\[0\]\.resource\.extension(\[0\])+$/);
      }
      expect((await request(t.app).get('/health/ready')).status).toBe(200);
      expect((await post(putPatient('after-deep'))).status).toBe(200);
      expect(
        (await request(t.app).get('/fhir/Patient/deep').set('Authorization', `Bearer ${t.keys.clinician}`)).status,
      ).toBe(404);
    },
  );

  it.skipIf(skip)(
    'deep nesting: a resource at the bound is stored and read back (the bound sits well below the crash)',
    async () => {
      // Bundle > entry[] > entry > resource is 4 levels; the extension fills the rest up to the bound.
      const res = await post(putPatient('at-bound', { extension: nest(JSON_BODY_LIMITS.maxDepth - 4) }));
      expect(res.status).toBe(200);
      const read = await request(t.app)
        .get('/fhir/Patient/at-bound')
        .set('Authorization', `Bearer ${t.keys.clinician}`);
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body.extension)).toBe(JSON.stringify(nest(JSON_BODY_LIMITS.maxDepth - 4)));
    },
  );

  it.skipIf(skip)('deep nesting: arrays longer than the bound are a 400', async () => {
    const res = await post(putPatient('wide', { extension: new Array(JSON_BODY_LIMITS.maxArrayLength + 1).fill(0) }));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.text).toMatch(/array longer than 100,000 elements/);
  });
});

/** Makes PGlite's WASM engine trap, as a 1,000-level resource did before the bound. */
const crashPglite = (db: Db) => db.transaction((tx) => tx.query('SELECT $1::jsonb', [JSON.stringify(nest(2_000))]));

describe('deep nesting wedges PGlite (probe 1): recovery when the embedded database traps anyway', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'meridian-crash-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on disk: the crashed instance is replaced, committed data is kept, the failed call is a 503 and the next succeeds', async () => {
    const restarts: unknown[] = [];
    const db = await openPgliteDb({
      dataDir,
      onRestart: (cause) => restarts.push(cause),
      onUnrecoverable: () => expect.fail('recoverable'),
    });
    await migrate(db);
    await ensureTenant(db, { id: 'clinic-crash', name: 'Crash' });
    await db.transaction((tx) => writeResource(tx, 'clinic-crash', { resourceType: 'Patient', id: 'kept' }));

    const crash = await crashPglite(db).catch((e: unknown) => e);
    expect(crash).toBeInstanceOf(DatabaseUnavailableError);
    expect((crash as Error).cause).toBeInstanceOf(WebAssembly.RuntimeError);
    expect(restarts).toHaveLength(1);

    expect((await readResource(db, 'clinic-crash', 'Patient', 'kept')).id).toBe('kept');
    const app = createApp({ db });
    expect((await request(app).get('/health/ready')).status).toBe(200);
    await db.transaction((tx) => writeResource(tx, 'clinic-crash', { resourceType: 'Patient', id: 'after' }));
    expect((await readResource(db, 'clinic-crash', 'Patient', 'after')).meta?.versionId).toBe('1');
    await db.close();
  });

  it('in memory: nothing can be recovered, so onUnrecoverable is told and every call answers 503, never 500', async () => {
    const told: unknown[] = [];
    const db = await openPgliteDb({ onUnrecoverable: (cause) => told.push(cause) });
    await migrate(db);
    const crash = await crashPglite(db).catch((e: unknown) => e);
    expect(crash).toBeInstanceOf(DatabaseUnavailableError);
    expect(told).toHaveLength(1);
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);

    const app = createApp({ db });
    expect((await request(app).get('/health/ready')).status).toBe(503);
    const call = await request(app).get('/fhir/Patient/x').set('Authorization', 'Bearer mrd_any_key_at_all_0123456789');
    expect(call.status).toBe(503);
    expect(call.headers['retry-after']).toBe('1');
    expect(call.body.issue[0].details.coding[0].code).toBe('service-unavailable');
  });
});
