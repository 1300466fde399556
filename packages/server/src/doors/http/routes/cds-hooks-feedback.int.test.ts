import { readFixture } from '@meridian/fixtures';
import {
  cdsDiscoveryResponseSchema,
  cdsFeedbackResponseSchema,
  cdsFeedbackSummarySchema,
  cdsServiceResponseSchema,
  type AuditEvent,
} from '@meridian/sdk';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefetchTokens } from '../../../use-cases/cds-hooks/prefetch/prefetch-tokens.js';
import { patientRiskService } from '../../../use-cases/cds-hooks/services/patient-risk.js';
import { createCdsTestApp, type CdsTestApp } from '../../../use-cases/cds-hooks/testing/cds-test-app.js';
import { prefetchFromBundle } from '../../../use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { FEEDBACK_INVARIANTS, invariantViolations } from '../../../use-cases/cds-hooks/testing/spec-invariants.js';
import { demoPatientsBundle } from '../../../use-cases/demo/demo-patients.js';
import { createApiKey, generateApiKey } from '../../../platform/tenancy/api-keys.js';
import { DB_KINDS } from '../../../testing/test-databases.js';

const SERVICE = 'meridian-patient-risk';
const context = { userId: 'Practitioner/dr-1', patientId: 'demo-ada' };
const code = (res: request.Response) => res.body?.issue?.[0]?.details?.coding?.[0]?.code;

describe.each(DB_KINDS)('discovery and feedback on $kind', ({ kind, skip }) => {
  let kit: CdsTestApp;
  let adminKey: string;
  beforeAll(async () => {
    if (skip) return;
    kit = await createCdsTestApp(kind);
    adminKey = generateApiKey();
    await createApiKey(kit.db, { tenantId: kit.tenantId, name: 'admin', role: 'admin', key: adminKey });
  });
  afterAll(async () => kit?.dispose());

  it.skipIf(skip)(
    'discovery answers without credentials, from the registry (requirements 4, 5, 6, 7, 9, 10, 13, 16, 29, 36, 211)',
    async () => {
      const res = await request(kit.app).get('/cds-services').set('Origin', 'https://ehr.example.org');
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const { services } = cdsDiscoveryResponseSchema.parse(res.body);
      expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
      expect(services.map((s) => `${s.id} ${s.hook}`)).toEqual([
        'meridian-patient-risk patient-view',
        'meridian-encounter-start encounter-start',
        'meridian-order-select-safety order-select',
        'meridian-order-sign-safety order-sign',
        'meridian-discharge-summary encounter-discharge',
      ]);
      for (const service of services) {
        expect(service.description.length).toBeGreaterThan(20);
        for (const template of Object.values(service.prefetch ?? {})) {
          // requirements 55-59: tokens are {{context.<root field>}} or a user token
          for (const token of prefetchTokens(template))
            expect(token).toMatch(
              /^(context\.[A-Za-z]+|userPractitionerId|userPractitionerRoleId|userPatientId|userRelatedPersonId)$/,
            );
        }
      }
    },
  );

  it.skipIf(skip)('answers a CORS preflight for a hook call (requirement 208)', async () => {
    const res = await request(kit.app)
      .options(`/cds-services/${SERVICE}`)
      .set('Origin', 'https://ehr.example.org')
      .set('Access-Control-Request-Method', 'POST');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-headers']).toContain('Authorization');
  });

  it.skipIf(skip)(
    'stores the specification feedback examples, counting cards it did not issue as unknown',
    async () => {
      for (const file of [
        'feedback-accepted.json',
        'feedback-overridden.json',
        'feedback-overridden-with-reason.json',
      ]) {
        const body = readFixture(`cds-hooks-spec/${file}`);
        expect(invariantViolations(FEEDBACK_INVARIANTS, body)).toEqual([]);
        const res = await kit.feedback(SERVICE, body);
        expect(res.status, res.text).toBe(200);
        expect(cdsFeedbackResponseSchema.parse(res.body)).toMatchObject({
          received: 1,
          unknownCards: [(body as { feedback: Array<{ card: string }> }).feedback[0]!.card],
        });
      }
    },
  );

  it.skipIf(skip)(
    'attributes feedback on issued cards to their type, audits it, and counts it per card type',
    async () => {
      const call = await kit.call(SERVICE, {
        hook: 'patient-view',
        hookInstance: crypto.randomUUID(),
        context,
        prefetch: prefetchFromBundle(demoPatientsBundle(new Date()), patientRiskService.prefetch, context),
      });
      const [first, second] = cdsServiceResponseSchema.parse(call.body).cards;
      const outcomeTimestamp = new Date().toISOString();
      const feedback = {
        feedback: [
          {
            card: first!.uuid!,
            outcome: 'overridden',
            overrideReason: { reason: first!.overrideReasons![0]!, userComment: 'Reviewed on the ward round.' },
            outcomeTimestamp,
          },
          { card: second!.uuid!, outcome: 'overridden', outcomeTimestamp },
        ],
      };
      expect(invariantViolations(FEEDBACK_INVARIANTS, feedback)).toEqual([]);
      const res = await kit.feedback(SERVICE, feedback);
      expect(res.body).toEqual({ received: 2 });

      const { rows } = await kit.db.query<{ resource: AuditEvent }>(
        'SELECT resource FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
        [kit.tenantId],
      );
      const event = rows[0]!.resource;
      expect(event.subtype?.map((s) => s.code)).toContain('cds-feedback');
      expect(event.entity?.some((e) => e.what?.reference === 'Patient/demo-ada')).toBe(true);
      expect(event.entity?.filter((e) => e.role?.code === '3').map((e) => e.what?.identifier?.value)).toEqual([
        `urn:uuid:${first!.uuid}`,
        `urn:uuid:${second!.uuid}`,
      ]);
      expect(JSON.stringify(event)).not.toContain('ward round'); // the comment is stored, not audited

      const summary = await request(kit.app)
        .get('/cds-hooks/feedback-summary')
        .set('Authorization', `Bearer ${adminKey}`);
      const counts = cdsFeedbackSummarySchema.parse(summary.body).cardTypes;
      const types = [first!.source.topic!.code, second!.source.topic!.code];
      for (const type of new Set(types))
        expect(counts.find((c) => c.cardType === type)?.overridden).toBe(types.filter((t) => t === type).length);
      expect(counts.find((c) => c.cardType === 'unknown')?.overridden).toBe(2);
      const stored = await kit.db.query<{ user_comment: string | null; override_code: string | null }>(
        'SELECT user_comment, override_code FROM cds_feedback WHERE card_uuid = $1',
        [first!.uuid],
      );
      expect(stored.rows).toEqual([
        { user_comment: 'Reviewed on the ward round.', override_code: 'already-addressed' },
      ]);
    },
  );

  it.skipIf(skip)('refuses feedback that breaks the specification, or comes without a JWT', async () => {
    const bad = await kit.feedback(SERVICE, {
      feedback: [{ card: 'c', outcome: 'accepted', outcomeTimestamp: new Date().toISOString() }],
    });
    expect([bad.status, code(bad)]).toEqual([400, 'validation-failed']);
    expect(bad.body.issue[0].expression).toContain('body.feedback.0.acceptedSuggestions');
    const anonymous = await kit.feedback(SERVICE, readFixture('cds-hooks-spec/feedback-overridden.json'), null);
    expect(anonymous.status).toBe(401);
  });

  it.skipIf(skip)('lets a tenant admin set its hook budget (50 to 10,000 ms), used by the next calls', async () => {
    const put = await request(kit.app)
      .put('/cds-hooks/settings')
      .set('Authorization', `Bearer ${adminKey}`)
      .send({ budgetMs: 250 });
    expect([put.status, put.body]).toEqual([200, { budgetMs: 250 }]);
    const tooSmall = await request(kit.app)
      .put('/cds-hooks/settings')
      .set('Authorization', `Bearer ${adminKey}`)
      .send({ budgetMs: 5 });
    expect(tooSmall.status).toBe(400);
    await kit.call(SERVICE, {
      hook: 'patient-view',
      hookInstance: crypto.randomUUID(),
      context,
      prefetch: prefetchFromBundle(demoPatientsBundle(new Date()), patientRiskService.prefetch, context),
    });
    const { rows } = await kit.db.query<{ resource: AuditEvent }>(
      `SELECT resource FROM audit_event WHERE tenant_id = $1 AND resource->'subtype' @> '[{"code":"cds-hook"}]' ORDER BY seq DESC LIMIT 1`,
      [kit.tenantId],
    );
    expect(JSON.stringify(rows[0]!.resource)).toContain('"type":"budget-ms","valueString":"250"');
  });
});
