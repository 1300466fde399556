import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdsServiceResponseSchema, type AuditEvent } from '@meridian/sdk';
import { demoPatientsBundle } from '../../../use-cases/demo/demo-patients.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const SERVICE = 'meridian-patient-risk';

describe.each(DB_KINDS)('POST /cds-services/{id}/preview on $kind', ({ kind, skip }) => {
  let t: TestApp;
  const preview = (body: unknown, key = t.keys.clinician, service = SERVICE) =>
    request(t.app)
      .post(`/cds-services/${service}/preview`)
      .set('Authorization', `Bearer ${key}`)
      .send(body as object);
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-preview');
    const load = await request(t.app)
      .post('/fhir')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .send(demoPatientsBundle(new Date()));
    expect(load.status).toBe(200);
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)(
    'answers the cards patient-view gives for a stored patient, records them for feedback, audited with the patient',
    async () => {
      const res = await preview({ patient: 'Patient/demo-ada' });
      expect(res.status, res.text.slice(0, 300)).toBe(200);
      const { cards } = cdsServiceResponseSchema.parse(res.body);
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.some((c) => c.indicator !== 'info')).toBe(true);
      const issued = await t.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM cds_card_issued WHERE tenant_id = $1',
        [t.tenantId],
      );
      expect(issued.rows[0]!.n).toBe(cards.length);
      const { rows } = await t.db.query<{ resource: AuditEvent }>(
        'SELECT resource FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
        [t.tenantId],
      );
      const event = JSON.stringify(rows[0]!.resource);
      expect(event).toContain('Patient/demo-ada');
      // Named as the portal's preview, asked by the API key itself (no placeholder user as the requestor).
      expect(rows[0]!.resource.subtype).toContainEqual({
        system: 'https://meridian.dev/fhir/CodeSystem/operation',
        code: 'cds-hook-preview',
        display: 'CDS Hooks preview (portal)',
      });
      expect(rows[0]!.resource.agent).toHaveLength(1);
      expect(rows[0]!.resource.agent[0]).toMatchObject({
        requestor: true,
        who: { identifier: { system: 'https://meridian.dev/fhir/sid/api-key' } },
      });
      expect(event).not.toContain('meridian-preview');
      expect(event).toContain(`urn:uuid:${cards[0]!.uuid}`);
      expect(event).not.toContain('unverified-caller');
    },
  );

  it.skipIf(skip)(
    'names the user a preview names as the requesting agent, on behalf of whom the key asked',
    async () => {
      const res = await preview({ patient: 'Patient/demo-ada', userId: 'Practitioner/p-42' });
      expect(res.status, res.text.slice(0, 300)).toBe(200);
      const { rows } = await t.db.query<{ resource: AuditEvent }>(
        'SELECT resource FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
        [t.tenantId],
      );
      expect(rows[0]!.resource.agent.map((a) => [a.requestor, a.who?.reference ?? a.who?.identifier?.system])).toEqual([
        [false, 'https://meridian.dev/fhir/sid/api-key'],
        [true, 'Practitioner/p-42'],
      ]);
    },
  );

  it.skipIf(skip)(
    'refuses bad input with an OperationOutcome: unknown patient 404, bad reference 400, unknown service 404, order-sign service 400',
    async () => {
      const unknown = await preview({ patient: 'Patient/nobody' });
      expect([unknown.status, unknown.body.resourceType]).toEqual([404, 'OperationOutcome']);
      const bad = await preview({ patient: 'Observation/1; drop' });
      expect([bad.status, bad.body.resourceType]).toEqual([400, 'OperationOutcome']);
      const extra = await preview({ patient: 'Patient/demo-ada', prefetch: {} });
      expect(extra.status).toBe(400);
      const service = await preview({ patient: 'Patient/demo-ada' }, t.keys.clinician, 'no-such-service');
      expect([service.status, service.body.resourceType]).toEqual([404, 'OperationOutcome']);
      const orders = await preview({ patient: 'Patient/demo-ada' }, t.keys.clinician, 'meridian-order-sign-safety');
      expect([orders.status, orders.body.resourceType]).toEqual([400, 'OperationOutcome']);
    },
  );

  it.skipIf(skip)(
    'arbitrary JSON bodies and patient strings never get a 5xx: a card answer or an OperationOutcome',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ patient: fc.string({ maxLength: 80 }) })),
          async (body) => {
            const res = await request(t.app)
              .post(`/cds-services/${SERVICE}/preview`)
              .set('Authorization', `Bearer ${t.keys.clinician}`)
              .set('Content-Type', 'application/json')
              .send(JSON.stringify(body));
            return res.status < 500 && (res.status === 200 || res.body.resourceType === 'OperationOutcome');
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.skipIf(skip)('needs an API key of a clinical role', async () => {
    expect(
      (await request(t.app).post(`/cds-services/${SERVICE}/preview`).send({ patient: 'Patient/demo-ada' })).status,
    ).toBe(401);
    expect((await preview({ patient: 'Patient/demo-ada' }, t.keys.auditor)).status).toBe(403);
  });
});
