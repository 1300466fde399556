import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createApp } from '../app.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const links = (body: any): string[] => [
  ...body.link.map((l: any) => l.url),
  ...(body.entry ?? []).map((e: any) => e.fullUrl),
];

describe.each(DB_KINDS)('bad Host header (probe 5) on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let configured: TestApp['app'];
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-host');
    configured = createApp({ db: t.db, publicUrl: 'https://meridian.example.org/api' });
    await request(t.app)
      .post('/fhir')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .send({
        resourceType: 'Bundle',
        type: 'batch',
        entry: ['h1', 'h2', 'h3'].map((id) => ({
          resource: { resourceType: 'Patient', id },
          request: { method: 'PUT', url: `Patient/${id}` },
        })),
      });
  });
  afterAll(async () => t?.dispose());
  const auditCount = async () =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1`, [t.tenantId]))
      .rows[0]!.n;

  it.skipIf(skip)('Host: a:b:c is a 400 before anything is done, and nothing is audited as a success', async () => {
    const before = await auditCount();
    for (const host of ['a:b:c', 'a b', 'h:99999']) {
      for (const url of ['/fhir/Patient?_count=1', '/fhir/AuditEvent?_count=1']) {
        const res = await request(t.app).get(url).set('Host', host).set('Authorization', `Bearer ${t.keys.admin}`);
        expect(res.status, `${host} ${url}`).toBe(400);
        expect(res.body.issue[0].expression).toEqual(['header.host']);
      }
    }
    expect(await auditCount()).toBe(before);
    expect((await request(t.app).get('/health/ready').set('Host', 'a:b:c')).status).toBe(200);
  });

  it.skipIf(skip)(
    'Host: evil.example is never copied into self, next or fullUrl links when MERIDIAN_PUBLIC_URL is set',
    async () => {
      for (const [url, key] of [
        ['/fhir/Patient?_count=2', t.keys.clinician],
        ['/fhir/AuditEvent?_count=1', t.keys.auditor],
      ] as const) {
        const res = await request(configured)
          .get(url)
          .set('Host', 'evil.example')
          .set('X-Forwarded-Host', 'evil.example')
          .set('Authorization', `Bearer ${key}`);
        expect(res.status).toBe(200);
        expect(res.body.link.map((l: any) => l.relation)).toEqual(['self', 'next']);
        for (const link of links(res.body)) expect(link).toMatch(/^https:\/\/meridian\.example\.org\/api\/fhir\//);
      }
      // A bad Host does not matter when links never use it.
      expect(
        (
          await request(configured)
            .get('/fhir/Patient')
            .set('Host', 'a:b:c')
            .set('Authorization', `Bearer ${t.keys.clinician}`)
        ).status,
      ).toBe(200);
    },
  );

  it.skipIf(skip)(
    'Host: without MERIDIAN_PUBLIC_URL, links follow a valid Host, and X-Forwarded-Host only under trust proxy',
    async () => {
      const res = await request(t.app)
        .get('/fhir/Patient?_count=2')
        .set('Host', 'meridian.internal:8443')
        .set('X-Forwarded-Host', 'evil.example')
        .set('Authorization', `Bearer ${t.keys.clinician}`);
      expect(res.status).toBe(200);
      for (const link of links(res.body)) expect(link).toMatch(/^http:\/\/meridian\.internal:8443\/fhir\//);
      const next = res.body.link.find((l: any) => l.relation === 'next').url;
      const page2 = await request(t.app)
        .get(new URL(next).pathname + new URL(next).search)
        .set('Authorization', `Bearer ${t.keys.clinician}`);
      expect(page2.status).toBe(200);
    },
  );
});
