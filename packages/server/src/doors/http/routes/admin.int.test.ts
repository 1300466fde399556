import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  Meridian,
  NotFoundError,
  PermissionDeniedError,
  ConflictError,
} from '@meridian/sdk';
import { validateR4 } from '../../../../../fhir-adapter/src/testing/validate.js';
import { listen } from '../../../testing/listen.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const JWKS = { keys: [{ kty: 'EC', crv: 'P-384', x: 'abc', y: 'def', kid: 'k1' }] };

describe.each(DB_KINDS)('administration through the SDK on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let baseUrl: string;
  let close: () => Promise<void>;
  let stMarysAdmin = '';
  const as = (apiKey: string) => new Meridian({ baseUrl, apiKey, maxRetries: 0 });

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-a');
    ({ baseUrl, close } = await listen(t.app));
  });
  afterAll(async () => {
    await close?.();
    await t?.dispose();
  });

  it.skipIf(skip)('lets an operator create a tenant and its first admin key, which then runs the tenant', async () => {
    const operator = as(t.keys.operator);
    expect(await operator.admin.tenants.create({ id: 'st-marys', name: "St Mary's" })).toMatchObject({
      id: 'st-marys',
    });
    await expect(operator.admin.tenants.create({ id: 'st-marys', name: 'again' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await operator.admin.tenants.list()).map((x) => x.id)).toEqual(
      expect.arrayContaining(['clinic-a', 'platform', 'st-marys']),
    );

    const first = await operator.admin.apiKeys.create('st-marys', { name: 'First admin', role: 'admin' });
    expect(first.secret).toMatch(/^mrd_/);
    stMarysAdmin = first.secret;
    const admin = as(first.secret);
    const portal = await admin.admin.apiKeys.create('st-marys', {
      name: 'Portal',
      role: 'clinician',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    expect(portal).toMatchObject({ status: 'active', expiresAt: '2099-01-01T00:00:00.000Z', tenantId: 'st-marys' });
    // The portal key works on clinical routes (a 404 for an unknown patient, not a 401).
    await expect(as(portal.secret).fhir.read('Patient', 'nobody')).rejects.toBeInstanceOf(NotFoundError);
    const listed = await admin.admin.apiKeys.list('st-marys');
    expect(listed.map((k) => k.name)).toEqual(['Portal', 'First admin']);
    expect(JSON.stringify(listed)).not.toContain(portal.secret);

    // Revoked: the next request is refused.
    expect(await admin.admin.apiKeys.revoke('st-marys', portal.id)).toMatchObject({ status: 'revoked' });
    await expect(as(portal.secret).fhir.read('Patient', 'nobody')).rejects.toBeInstanceOf(AuthenticationError);
    await expect(admin.admin.apiKeys.revoke('st-marys', 'key-none')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.skipIf(skip)('refuses an expired key with 401 that says it expired', async () => {
    const key = await as(t.keys.admin).admin.apiKeys.create('clinic-a', {
      name: 'Short',
      role: 'clinician',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await expect(as(key.secret).fhir.read('Patient', 'nobody')).rejects.toBeInstanceOf(NotFoundError);
    await t.db.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
    const res = await request(t.app).get('/fhir/Patient/nobody').set('Authorization', `Bearer ${key.secret}`);
    expect(res.status).toBe(401);
    expect(res.body.issue[0].details.text).toMatch(/expired/);
    expect((await as(t.keys.admin).admin.apiKeys.list('clinic-a')).find((k) => k.id === key.id)?.status).toBe(
      'expired',
    );
  });

  it.skipIf(skip)('keeps each admin inside their tenant, and tenants to operators', async () => {
    const admin = as(t.keys.admin);
    await expect(admin.admin.tenants.create({ id: 'rogue', name: 'x' })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(admin.admin.apiKeys.create('platform', { name: 'x', role: 'admin' })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    await expect(admin.admin.apiKeys.list('st-marys')).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(as(t.keys.clinician).admin.apiKeys.list('clinic-a')).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(admin.admin.apiKeys.create('clinic-a', { name: 'x', role: 'operator' })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await expect(as(t.keys.operator).admin.apiKeys.list('no-such-tenant')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.skipIf(skip)('answers bad administrative input with 400 naming the field', async () => {
    const admin = () => `Bearer ${t.keys.admin}`;
    const post = (path: string, body: unknown) =>
      request(t.app)
        .post(path)
        .set('Authorization', admin())
        .send(body as object);
    const cases: [string, unknown, string][] = [
      ['/admin/tenants/clinic-a/api-keys', { name: 'x', role: 'root' }, 'body.role'],
      [
        '/admin/tenants/clinic-a/api-keys',
        { name: 'x', role: 'admin', expiresAt: '2001-01-01T00:00:00Z' },
        'body.expiresAt',
      ],
      ['/admin/tenants/clinic-a/api-keys', { name: 'x', role: 'admin', expiresAt: 'tomorrow' }, 'body.expiresAt'],
      ['/admin/tenants/clinic-a/api-keys', { name: '', role: 'admin' }, 'body.name'],
      ['/admin/tenants/clinic-a/api-keys', { name: 'x', role: 'admin', secret: 'mine' }, 'body'],
      ['/admin/tenants/Clinic A/api-keys', { name: 'x', role: 'admin' }, 'tenant'],
      ['/admin/tenants/clinic-a/ehr-clients', { issuer: 'https://ehr', name: 'x' }, 'body.jwksUrl'],
      [
        '/admin/tenants/clinic-a/ehr-clients',
        { issuer: 'https://ehr', name: 'x', jwksUrl: 'ftp://x/jwks' },
        'body.jwksUrl',
      ],
    ];
    for (const [path, body, where] of cases) {
      const res = await post(path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.issue[0].expression?.[0] ?? '').toContain(where);
    }
  });

  it.skipIf(skip)('registers, lists and revokes EHR clients, one tenant per issuer', async () => {
    const admin = as(t.keys.admin);
    const ehr = await admin.admin.ehrClients.create('clinic-a', {
      issuer: 'https://ehr.clinic-a.example',
      name: 'Clinic EHR',
      jwks: JWKS,
      allowedServices: ['meridian-patient-risk'],
    });
    expect(ehr).toMatchObject({
      tenantId: 'clinic-a',
      jwks: JWKS,
      jwksUrl: null,
      jkuAllow: [],
      allowedServices: ['meridian-patient-risk'],
      fhirServers: [],
      revokedAt: null,
    });
    const updated = await admin.admin.ehrClients.update('clinic-a', ehr.id, {
      fhirServers: ['https://ehr.clinic-a.example/fhir'],
    });
    expect(updated).toMatchObject({
      name: 'Clinic EHR',
      fhirServers: ['https://ehr.clinic-a.example/fhir'],
      allowedServices: ['meridian-patient-risk'],
    });
    for (const bad of [
      {},
      { fhirServers: ['https://user:pw@ehr.example/fhir'] },
      { fhirServers: ['https://ehr.example/fhir?x=1'] },
      { fhirServers: ['ftp://ehr.example/'] },
      { issuer: 'https://other' },
    ]) {
      const res = await request(t.app)
        .patch(`/admin/tenants/clinic-a/ehr-clients/${ehr.id}`)
        .set('Authorization', `Bearer ${t.keys.admin}`)
        .send(bad);
      expect([JSON.stringify(bad), res.status, res.body.resourceType]).toEqual([
        JSON.stringify(bad),
        400,
        'OperationOutcome',
      ]);
    }
    await expect(as(t.keys.admin).admin.ehrClients.update('st-marys', ehr.id, { name: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      as(t.keys.operator).admin.ehrClients.create('st-marys', {
        issuer: 'https://ehr.clinic-a.example',
        name: 'x',
        jwksUrl: 'https://x/jwks',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await admin.admin.ehrClients.list('clinic-a')).map((c) => c.id)).toEqual([ehr.id]);
    expect((await admin.admin.ehrClients.revoke('clinic-a', ehr.id)).revokedAt).not.toBeNull();
    await expect(admin.admin.ehrClients.update('clinic-a', ehr.id, { name: 'revoked' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it.skipIf(skip)(
    'audits every administrative act in the tenant it touched, naming the operator or admin key, as valid R4',
    async () => {
      const trail = await request(t.app)
        .get('/fhir/AuditEvent?_count=100')
        .set('Authorization', `Bearer ${t.keys.admin}`);
      const events = trail.body.entry.map((e: { resource: unknown }) => e.resource) as {
        subtype: { code: string }[];
        outcome: string;
        agent: { who: { identifier: { value: string } } }[];
        entity?: unknown[];
      }[];
      const ops = events.map((e) => e.subtype[1]?.code);
      expect(ops).toEqual(
        expect.arrayContaining([
          'admin-api-key-create',
          'admin-api-key-list',
          'admin-ehr-client-create',
          'admin-ehr-client-update',
          'admin-ehr-client-revoke',
        ]),
      );
      const created = events.find((e) => e.subtype[1]?.code === 'admin-ehr-client-create')!;
      expect(created.agent[0]!.who.identifier.value).toBe(t.keyIds.admin);
      for (const e of events.slice(0, 20)) expect(validateR4(e).valid).toBe(true);
      // The operator's key creation for st-marys is in st-marys's chain, not in clinic-a's.
      const stMarys = await request(t.app)
        .get(`/fhir/AuditEvent?agent=${t.keyIds.operator}`)
        .set('Authorization', `Bearer ${stMarysAdmin}`);
      expect(
        stMarys.body.entry.map((e: { resource: { subtype: { code: string }[] } }) => e.resource.subtype[1]?.code),
      ).toEqual(['admin-api-key-create']);
      const inClinicA = await request(t.app)
        .get(`/fhir/AuditEvent?agent=${t.keyIds.operator}`)
        .set('Authorization', `Bearer ${t.keys.admin}`);
      expect(inClinicA.body.entry ?? []).toEqual([]);
      expect(JSON.stringify(events)).not.toContain('mrd_');
      expect(
        (await request(t.app).get('/audit/verify').set('Authorization', `Bearer ${t.keys.admin}`)).body.valid,
      ).toBe(true);
    },
  );
});
