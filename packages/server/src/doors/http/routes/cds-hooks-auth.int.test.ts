import { readFixture } from '@meridian/fixtures';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { createServices } from '../../../use-cases/services.js';
import { patientRiskService } from '../../../use-cases/cds-hooks/services/patient-risk.js';
import { createCdsTestApp, TEST_BASE_URL, type CdsTestApp } from '../../../use-cases/cds-hooks/testing/cds-test-app.js';
import { prefetchFromBundle } from '../../../use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { createTestEhr } from '../../../use-cases/cds-hooks/testing/test-ehr.js';
import { demoPatientsBundle } from '../../../use-cases/demo/demo-patients.js';
import { openPgDb } from '../../../platform/store/pg-db.js';
import { DB_KINDS, TEST_POSTGRES_URL } from '../../../testing/test-databases.js';
import { DEADLINE_SLACK_MS } from '../../../testing/timing.js';

const SERVICE = 'meridian-patient-risk';
const context = { userId: 'Practitioner/dr-1', patientId: 'demo-ada' };
const body = () => ({
  hook: 'patient-view',
  hookInstance: crypto.randomUUID(),
  context,
  prefetch: prefetchFromBundle(demoPatientsBundle(new Date()), patientRiskService.prefetch, context),
});
const code = (res: request.Response) => res.body?.issue?.[0]?.details?.coding?.[0]?.code;
const now = () => Math.floor(Date.now() / 1000);

describe.each(DB_KINDS)('EHR JWT on $kind', ({ kind, skip }) => {
  let kit: CdsTestApp;
  beforeAll(async () => {
    if (!skip) kit = await createCdsTestApp(kind);
  });
  afterAll(async () => kit?.dispose());

  it.skipIf(skip)('accepts a fresh ES384 token once and refuses its replay (requirement 176)', async () => {
    const token = await kit.ehr.sign(kit.audience(SERVICE));
    expect((await kit.call(SERVICE, body(), token)).status).toBe(200);
    const replay = await kit.call(SERVICE, body(), token);
    expect([replay.status, code(replay)]).toEqual([401, 'ehr-jwt-replayed']);
    expect(replay.body.resourceType).toBe('OperationOutcome');
  });

  it.skipIf(skip)(
    'records a replay as a refused call with no card, and spends a token even when its call failed',
    async () => {
      const token = await kit.ehr.sign(kit.audience(SERVICE));
      expect((await kit.call(SERVICE, body(), token)).status).toBe(200);
      expect(code(await kit.call(SERVICE, body(), token))).toBe('ehr-jwt-replayed');
      const { rows } = await kit.db.query<{
        outcome: string;
        resource: { outcomeDesc?: string; entity: Array<{ role?: { code: string } }> };
      }>('SELECT outcome, resource FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1', [kit.tenantId]);
      expect([rows[0]!.outcome, rows[0]!.resource.outcomeDesc]).toEqual(['4', 'ehr-jwt-replayed']);
      expect(rows[0]!.resource.entity.filter((e) => e.role?.code === '3')).toEqual([]);

      const spent = await kit.ehr.sign(kit.audience(SERVICE));
      expect((await kit.call(SERVICE, { ...body(), hook: 'order-sign' }, spent)).status).toBe(400);
      expect(code(await kit.call(SERVICE, body(), spent))).toBe('ehr-jwt-replayed');
    },
  );

  it.skipIf(skip)(
    'refuses a missing, expired, future-dated, over-long, wrong-audience or foreign-signed token with a 401 OperationOutcome',
    async () => {
      const aud = kit.audience(SERVICE);
      const missing = await kit.call(SERVICE, body(), null);
      expect([missing.status, code(missing), missing.headers['www-authenticate']]).toEqual([
        401,
        'unauthenticated',
        'Bearer',
      ]);
      const cases: Array<[string, Promise<string>]> = [
        ['expired', kit.ehr.sign(aud, { iat: now() - 600, exp: now() - 300 })],
        ['future iat', kit.ehr.sign(aud, { iat: now() + 600, exp: now() + 700 })],
        ['lives an hour', kit.ehr.sign(aud, { exp: now() + 3600 })],
        ['other audience', kit.ehr.sign(`${TEST_BASE_URL}/cds-services/meridian-order-sign-safety`)],
        ['unregistered issuer', kit.ehr.sign(aud, { iss: 'https://stranger.example.org' })],
      ];
      for (const [label, token] of cases) {
        const res = await kit.call(SERVICE, body(), await token);
        expect([label, res.status, code(res)]).toEqual([label, 401, 'invalid-ehr-jwt']);
      }
      const other = await createTestEhr(kit.db, kit.tenantId, { issuer: 'https://other-ehr.example.org' });
      const forged = await other.sign(aud, { iss: kit.ehr.issuer }); // right issuer, wrong key
      expect(code(await kit.call(SERVICE, body(), forged))).toBe('invalid-ehr-jwt');
      expect(code(await kit.call(SERVICE, body(), 'not.a.jwt'))).toBe('invalid-ehr-jwt');
    },
  );

  it.skipIf(skip)(
    'accepts RS384 from an EHR whose keys are published at a JWKS URL, and answers 503 inside the budget when that JWKS hangs',
    async () => {
      const rsa = await createCdsTestApp(kind, {
        ehr: { alg: 'RS384', jwks: 'url' },
        testDb: { db: kit.db, dispose: async () => undefined },
      });
      try {
        expect((await rsa.call(SERVICE, body())).status).toBe(200);
        const late = await createCdsTestApp(kind, {
          ehr: { jwks: 'url' },
          testDb: { db: kit.db, dispose: async () => undefined },
        });
        late.ehr.hangJwks(true);
        const started = Date.now();
        const res = await late.call(SERVICE, body());
        expect([res.status, code(res)]).toEqual([503, 'jwks-unavailable']);
        expect(Date.now() - started).toBeLessThan(300 + DEADLINE_SLACK_MS);
        await late.dispose();
      } finally {
        await rsa.dispose();
      }
    },
  );

  it.skipIf(skip)(
    'refetches a JWKS URL when a token names an unknown kid (a rotated key), at most once per cooldown',
    async () => {
      const rotating = await createCdsTestApp(kind, {
        ehr: { jwks: 'url' },
        testDb: { db: kit.db, dispose: async () => undefined },
        cdsHooks: { keySets: { cooldownMs: 300 } },
      });
      try {
        expect((await rotating.call(SERVICE, body())).status).toBe(200);
        expect((await rotating.call(SERVICE, body())).status).toBe(200);
        expect(rotating.ehr.jwksFetches()).toBe(1); // cached
        await rotating.ehr.rotate();
        await new Promise((resolve) => setTimeout(resolve, 350)); // past the cooldown since the first fetch
        expect((await rotating.call(SERVICE, body())).status).toBe(200);
        expect(rotating.ehr.jwksFetches()).toBe(2); // one refetch for the new kid
        const unknownKid = await rotating.ehr.sign(rotating.audience(SERVICE), {}, { kid: 'never-published' });
        expect(code(await rotating.call(SERVICE, body(), unknownKid))).toBe('invalid-ehr-jwt');
        expect(rotating.ehr.jwksFetches()).toBe(2); // inside the cooldown since the refetch: no new fetch
      } finally {
        await rotating.dispose();
      }
    },
  );

  it.skipIf(skip)('takes the audience from the Host header when no public base URL is configured', async () => {
    const app = createApp({ services: createServices({ db: kit.db }) });
    const token = await kit.ehr.sign(`http://cds.hospital.example/cds-services/${SERVICE}`);
    const res = await request(app)
      .post(`/cds-services/${SERVICE}`)
      .set('Host', 'cds.hospital.example')
      .set('Authorization', `Bearer ${token}`)
      .send(body());
    expect(res.status, res.text).toBe(200);
  });

  it.skipIf(skip)(
    'refuses a client limited to other services with 403, recorded in its tenant audit trail',
    async () => {
      const limited = await createCdsTestApp(kind, {
        ehr: { allowedServices: ['meridian-order-sign-safety'] },
        testDb: { db: kit.db, dispose: async () => undefined },
      });
      const res = await limited.call(SERVICE, body());
      expect([res.status, code(res)]).toEqual([403, 'forbidden']);
      const { rows } = await kit.db.query<{ outcome: string; agent_id: string }>(
        'SELECT outcome, agent_id FROM audit_event WHERE agent_id = $1',
        [limited.ehr.client.id],
      );
      expect(rows.map((r) => r.outcome)).toEqual(['4']);
      await limited.dispose();
    },
  );

  it.skipIf(skip)(
    "accepts the specification's example token inside its validity window only (the vector is expired now)",
    async () => {
      const vector = readFixture<{ compact: string; payload: { aud: string } }>('cds-hooks-spec/jwt-test-vector.json');
      const res = await kit.call(SERVICE, body(), vector.compact);
      expect([res.status, code(res)]).toEqual([401, 'invalid-ehr-jwt']);
    },
  );
});

describe.skipIf(DB_KINDS[1]!.skip)('replay across server processes on Postgres', () => {
  it('refuses on one process a token another process already accepted', async () => {
    const kit = await createCdsTestApp('postgres');
    const schema = (await kit.db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s;
    const second = await openPgDb({ connectionString: TEST_POSTGRES_URL, schema, max: 2 });
    try {
      const other = createApp({ services: createServices({ db: second, publicUrl: TEST_BASE_URL }) });
      const token = await kit.ehr.sign(kit.audience(SERVICE));
      expect((await kit.call(SERVICE, body(), token)).status).toBe(200);
      const replay = await request(other)
        .post(`/cds-services/${SERVICE}`)
        .set('Authorization', `Bearer ${token}`)
        .send(body());
      expect([replay.status, code(replay)]).toEqual([401, 'ehr-jwt-replayed']);
    } finally {
      await second.close();
      await kit.dispose();
    }
  });
});

describe('the embedded demo mode', () => {
  it('accepts an unsigned call for the demo tenant, marks its AuditEvent unverified, and still refuses a wrongly signed one', async () => {
    const kit = await createCdsTestApp('pglite', { cdsHooks: { unsignedDemoTenant: 'clinic-a' } });
    try {
      expect((await kit.call(SERVICE, body(), null)).status).toBe(200);
      const { rows } = await kit.db.query<{
        resource: {
          agent: Array<{ extension?: Array<{ url: string; valueBoolean: boolean }> }>;
          entity: Array<{ detail?: Array<{ type: string }> }>;
        };
      }>('SELECT resource FROM audit_event ORDER BY seq DESC LIMIT 1');
      const event = rows[0]!.resource;
      expect(event.agent[0]!.extension).toEqual([
        { url: 'https://meridian.dev/fhir/StructureDefinition/unverified-caller', valueBoolean: true },
      ]);
      expect(event.entity.some((e) => e.detail?.some((d) => d.type === 'unverified-caller'))).toBe(true);
      const bad = await kit.call(
        SERVICE,
        body(),
        await kit.ehr.sign(kit.audience(SERVICE), { exp: now() - 600, iat: now() - 700 }),
      );
      expect(bad.status).toBe(401);
    } finally {
      await kit.dispose();
    }
  });
});
