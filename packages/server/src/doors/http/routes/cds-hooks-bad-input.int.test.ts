import { readFixture } from '@meridian/fixtures';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientRiskService } from '../../../use-cases/cds-hooks/services/patient-risk.js';
import { createCdsTestApp, type CdsTestApp } from '../../../use-cases/cds-hooks/testing/cds-test-app.js';
import { prefetchFromBundle } from '../../../use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { demoPatientsBundle } from '../../../use-cases/demo/demo-patients.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { DEADLINE_SLACK_MS } from '../../../testing/timing.js';

const SERVICE = 'meridian-patient-risk';
const context = { userId: 'Practitioner/dr-1', patientId: 'demo-ada' };
const good = () => ({
  hook: 'patient-view',
  hookInstance: crypto.randomUUID(),
  context,
  prefetch: prefetchFromBundle(demoPatientsBundle(new Date()), patientRiskService.prefetch, context),
});
const code = (res: request.Response) => res.body?.issue?.[0]?.details?.coding?.[0]?.code;
const expression = (res: request.Response) => res.body?.issue?.[0]?.expression ?? [];

describe.each(DB_KINDS)(
  'bad CDS Hooks input on $kind: the spec status and an OperationOutcome, inside the budget',
  ({ kind, skip }) => {
    let kit: CdsTestApp;
    beforeAll(async () => {
      if (!skip) kit = await createCdsTestApp(kind);
    });
    afterAll(async () => kit?.dispose());

    async function expectRefused(body: unknown, status: number, errorCode: string, where?: string) {
      const started = Date.now();
      const res = await kit.call(SERVICE, body);
      expect([res.status, code(res)], res.text.slice(0, 300)).toEqual([status, errorCode]);
      expect(res.body.resourceType).toBe('OperationOutcome');
      if (where) expect(expression(res)).toContain(where);
      expect(Date.now() - started).toBeLessThan(500 + DEADLINE_SLACK_MS);
      return res;
    }

    it.skipIf(skip)(
      'a missing context field, a missing hookInstance, a hook this service does not answer',
      async () => {
        await expectRefused(
          { ...good(), context: { userId: 'Practitioner/1' } },
          400,
          'validation-failed',
          'body.context.patientId',
        );
        const { hookInstance: _h, ...noInstance } = good();
        await expectRefused(noInstance, 400, 'validation-failed', 'body.hookInstance');
        await expectRefused({ ...good(), hook: 'order-dispatch' }, 400, 'validation-failed', 'hook');
        await expectRefused({ ...good(), hook: 'order-sign' }, 400, 'validation-failed', 'hook');
      },
    );

    it.skipIf(skip)('prefetch of the wrong resource type, another patient, or not a resource', async () => {
      const body = good();
      await expectRefused(
        { ...body, prefetch: { ...body.prefetch, patient: { resourceType: 'Observation', id: 'x' } } },
        400,
        'validation-failed',
        'prefetch.patient',
      );
      await expectRefused(
        { ...body, prefetch: { ...body.prefetch, patient: { resourceType: 'Patient', id: 'someone-else' } } },
        400,
        'validation-failed',
        'prefetch.patient',
      );
      await expectRefused(
        { ...body, prefetch: { ...body.prefetch, vitals: { resourceType: 'Patient', id: 'demo-ada' } } },
        400,
        'validation-failed',
        'prefetch.vitals',
      );
      const wrongEntries = {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [{ resource: { resourceType: 'Condition', id: 'c' } }],
      };
      await expectRefused(
        { ...body, prefetch: { ...body.prefetch, vitals: wrongEntries } },
        400,
        'validation-failed',
        'prefetch.vitals.entry[0].resource',
      );
      await expectRefused(
        { ...body, prefetch: { ...body.prefetch, labs: 'Observation?patient=1' } },
        400,
        'validation-failed',
        'prefetch.labs',
      );
    });

    it.skipIf(skip)('a prefetch Bundle of 10,000 entries', async () => {
      const body = good();
      const entry = Array.from({ length: 10_000 }, (_, i) => ({
        resource: {
          resourceType: 'Observation',
          id: `o${i}`,
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
          subject: { reference: 'Patient/demo-ada' },
          valueQuantity: { value: 80, unit: '/min' },
        },
      }));
      const res = await expectRefused(
        { ...body, prefetch: { ...body.prefetch, vitals: { resourceType: 'Bundle', type: 'searchset', entry } } },
        400,
        'validation-failed',
        'prefetch.vitals',
      );
      expect(res.body.issue[0].details.text).toContain('10000 entries');
    });

    it.skipIf(skip)('an unknown service, a body that is not JSON, a body that is not an object', async () => {
      const unknown = await kit.call('no-such-service', good());
      expect([unknown.status, code(unknown)]).toEqual([404, 'resource-not-found']);
      const token = await kit.ehr.sign(kit.audience(SERVICE));
      const notJson = await request(kit.app)
        .post(`/cds-services/${SERVICE}`)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'application/json')
        .send('{"hook":');
      expect([notJson.status, code(notJson)]).toEqual([400, 'invalid-json']);
      await expectRefused([good()], 400, 'validation-failed');
    });

    it.skipIf(skip)('arbitrary JSON never gets a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), async (value, asContext) => {
          const body = asContext ? { ...good(), context: value } : value;
          const res = await kit.call(SERVICE, body);
          return res.status < 500 && (res.status === 200 || res.body.resourceType === 'OperationOutcome');
        }),
        { numRuns: 40 },
      );
    });

    it.skipIf(skip)('refused calls are recorded in the tenant trail, with the patient and the error code', async () => {
      await expectRefused({ ...good(), hook: 'order-dispatch' }, 400, 'validation-failed');
      const { rows } = await kit.db.query<{
        outcome: string;
        resource: { outcomeDesc: string; entity: Array<{ what?: { reference?: string } }> };
      }>('SELECT outcome, resource FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1', [kit.tenantId]);
      expect(rows[0]!.outcome).toBe('4');
      expect(rows[0]!.resource.outcomeDesc).toBe('validation-failed');
      expect(rows[0]!.resource.entity.some((e) => e.what?.reference === 'Patient/demo-ada')).toBe(true);
    });
  },
);

describe('the specification request example with an extension', () => {
  it('is refused for patient-view since it lacks patientId', async () => {
    const kit = await createCdsTestApp('pglite');
    try {
      const res = await kit.call(SERVICE, readFixture('cds-hooks-spec/request-with-extension.json'));
      expect([res.status, code(res)]).toEqual([400, 'validation-failed']);
      expect(expression(res)).toContain('body.context.patientId');
    } finally {
      await kit.dispose();
    }
  });
});
