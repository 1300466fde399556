import { transactionRequestSchema, type AuditEvent } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeError } from '../../platform/errors/outcome-error.js';
import { processBundle } from '../../platform/fhir-store/process-bundle.js';
import { actorFor, type Actor } from '../../platform/tenancy/actor.js';
import type { EhrClientPrincipal } from '../../platform/tenancy/principal.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { createTestDb, DB_KINDS, type TestDb } from '../../testing/test-databases.js';
import { demoPatientsBundle } from '../demo/demo-patients.js';
import { createServices, type Services } from '../services.js';
import { answerFeedback } from './answer-feedback.js';
import { answerHookCall } from './answer-hook-call.js';
import { answerPreview } from './answer-preview.js';
import type { EhrJwtClaim } from './auth/ehr-jwt-claim.js';
import type { HookEvent } from './hook-events.js';
import { patientRiskService } from './services/patient-risk.js';
import { prefetchFromBundle } from './testing/prefetch-from-bundle.js';

const TENANT = 'clinic-a';
const ISSUER = 'https://ehr.example.org';
const SERVICE = 'meridian-patient-risk';

const principal: EhrClientPrincipal = {
  kind: 'ehr-client',
  tenantId: TENANT,
  clientId: 'ehr-1',
  issuer: ISSUER,
  name: 'Example EHR',
  role: 'integration',
  verified: true,
  fhirServers: [],
};
const claim = (): EhrJwtClaim => ({ issuer: ISSUER, jti: crypto.randomUUID(), expiresAt: new Date(Date.now() + 6e5) });

function patientView() {
  const context = { userId: 'Practitioner/dr-1', patientId: 'demo-ada' };
  const prefetch = prefetchFromBundle(demoPatientsBundle(new Date()), patientRiskService.prefetch, context);
  return { hook: 'patient-view', hookInstance: crypto.randomUUID(), context, prefetch };
}

/** The error a promise rejects with. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as OutcomeError,
  );

describe.each(DB_KINDS)('the CDS Hooks use case, without HTTP, on $kind', ({ kind, skip }) => {
  let t: TestDb;
  let services: Services;
  let actor: Actor;
  const events: HookEvent[] = [];
  const auditEvents = async () =>
    (
      await t.db.query<{ resource: AuditEvent }>('SELECT resource FROM audit_event WHERE tenant_id = $1 ORDER BY seq', [
        TENANT,
      ])
    ).rows.map((r) => r.resource);

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: TENANT, name: 'Clinic A' });
    // A generous budget: what is tested here is what the call records, not its speed (a loaded machine is slow).
    services = createServices({ db: t.db, cdsHooks: { defaultBudgetMs: 10_000 } });
    services.cdsHooks.events.subscribe((event) => void events.push(event));
    actor = actorFor(principal, 'req-1');
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)(
    'answers a hook call, records its cards and AuditEvent with the token, emits the event, and refuses the token again',
    async () => {
      const token = claim();
      const body = patientView();
      const input = { serviceId: SERVICE, body, actor, claim: token, startedAt: Date.now() };
      const answer = await answerHookCall(services, input);
      expect(answer.response.cards.length).toBeGreaterThan(0);
      const { rows } = await t.db.query<{ card_uuid: string; service_id: string }>(
        'SELECT card_uuid, service_id FROM cds_card_issued WHERE hook_instance = $1',
        [body.hookInstance],
      );
      expect(rows.map((r) => String(r.card_uuid)).sort()).toEqual(answer.response.cards.map((c) => c.uuid).sort());
      expect(rows.every((r) => r.service_id === SERVICE)).toBe(true);
      const call = (await auditEvents()).at(-1)!;
      expect(call.outcome).toBe('0');
      expect(call.subtype?.map((c) => c.code)).toContain('cds-hook');
      await new Promise((resolve) => setImmediate(resolve));
      expect(events.map((e) => e.hookInstance)).toEqual([body.hookInstance]);

      const replay = await refusal(answerHookCall(services, { ...input, body: patientView(), startedAt: Date.now() }));
      expect([replay?.status, replay?.code]).toEqual([401, 'ehr-jwt-replayed']);
    },
  );

  it.skipIf(skip)(
    'a refused call spends its token and is audited with what its body named; an unknown service is a 404',
    async () => {
      const token = claim();
      const bad = {
        ...patientView(),
        context: { userId: 'Practitioner/dr-1', patientId: 'demo-ada' },
        hook: 'order-sign',
      };
      const error = await refusal(
        answerHookCall(services, { serviceId: SERVICE, body: bad, actor, claim: token, startedAt: Date.now() }),
      );
      expect([error?.status, error?.code]).toEqual([400, 'validation-failed']);
      const refused = (await auditEvents()).at(-1)!;
      expect([refused.outcome, refused.outcomeDesc]).toEqual(['4', 'validation-failed']);
      expect(refused.entity?.some((e) => e.what?.reference === 'Patient/demo-ada')).toBe(true);
      const again = await refusal(
        answerHookCall(services, {
          serviceId: SERVICE,
          body: patientView(),
          actor,
          claim: token,
          startedAt: Date.now(),
        }),
      );
      expect(again?.code).toBe('ehr-jwt-replayed');
      const unknown = await refusal(
        answerHookCall(services, {
          serviceId: 'nope',
          body: patientView(),
          actor,
          claim: claim(),
          startedAt: Date.now(),
        }),
      );
      expect([unknown?.status, unknown?.code]).toEqual([404, 'resource-not-found']);
    },
  );

  it.skipIf(skip)(
    'records feedback on an issued card, names an unknown card, and spends the token of a bad body',
    async () => {
      const { response } = await answerHookCall(services, {
        serviceId: SERVICE,
        body: patientView(),
        actor,
        claim: claim(),
        startedAt: Date.now(),
      });
      const card = response.cards[0]!.uuid!;
      const stranger = crypto.randomUUID();
      const entry = (uuid: string) => ({
        card: uuid,
        outcome: 'overridden',
        overrideReason: { userComment: 'Known' },
        outcomeTimestamp: new Date().toISOString(),
      });
      const answer = await answerFeedback(services, {
        serviceId: SERVICE,
        body: { feedback: [entry(card), entry(stranger)] },
        actor,
        claim: claim(),
      });
      expect(answer).toEqual({ received: 2, unknownCards: [stranger] });
      const { rows } = await t.db.query<{ card_type: string }>(
        'SELECT card_type FROM cds_feedback WHERE card_uuid = $1',
        [card],
      );
      expect(rows[0]?.card_type).not.toBe('unknown');

      const token = claim();
      const bad = await refusal(
        answerFeedback(services, { serviceId: SERVICE, body: { feedback: 'no' }, actor, claim: token }),
      );
      expect([bad?.status, bad?.code]).toEqual([400, 'validation-failed']);
      const replay = await refusal(
        answerFeedback(services, { serviceId: SERVICE, body: { feedback: [entry(card)] }, actor, claim: token }),
      );
      expect(replay?.code).toBe('ehr-jwt-replayed');
    },
  );

  it.skipIf(skip)('previews a patient-view service for a stored patient, and refuses an order-sign one', async () => {
    await t.db.transaction((tx) =>
      processBundle(tx, TENANT, transactionRequestSchema.parse(demoPatientsBundle(new Date()))),
    );
    const clinician = actorFor(
      { kind: 'api-key', tenantId: TENANT, apiKeyId: 'k-1', name: 'Clinician', role: 'clinician' },
      'req-2',
    );
    const preview = await answerPreview(services, {
      serviceId: SERVICE,
      body: { patient: 'Patient/demo-ada' },
      actor: clinician,
    });
    expect(preview.response.cards.length).toBeGreaterThan(0);
    expect(preview.patient).toBe('Patient/demo-ada');
    const orders = await refusal(
      answerPreview(services, {
        serviceId: 'meridian-order-sign-safety',
        body: { patient: 'Patient/demo-ada' },
        actor: clinician,
      }),
    );
    expect(orders?.status).toBe(400);
  });
});
