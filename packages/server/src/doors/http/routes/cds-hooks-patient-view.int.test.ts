import { PATIENT_BUNDLES, readFixture } from '@meridian/fixtures';
import { cdsServiceResponseSchema, type AuditEvent } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientRiskService } from '../../../use-cases/cds-hooks/services/patient-risk.js';
import { createCdsTestApp, type CdsTestApp } from '../../../use-cases/cds-hooks/testing/cds-test-app.js';
import { patientIdOf, prefetchFromBundle } from '../../../use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { invariantViolations, RESPONSE_INVARIANTS } from '../../../use-cases/cds-hooks/testing/spec-invariants.js';
import type { HookEvent } from '../../../use-cases/cds-hooks/hook-events.js';
import type { PrecomputedAnalyses } from '../../../use-cases/cds-hooks/precomputed-analyses.js';
import { demoPatientsBundle } from '../../../use-cases/demo/demo-patients.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { DEADLINE_SLACK_MS, PEER_HANG_MS } from '../../../testing/timing.js';

const SERVICE = 'meridian-patient-risk';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function patientView(bundle: unknown, patientId = patientIdOf(bundle), userId = 'Practitioner/dr-1') {
  const context = { userId, patientId };
  return {
    hook: 'patient-view',
    hookInstance: crypto.randomUUID(),
    context,
    prefetch: prefetchFromBundle(bundle, patientRiskService.prefetch, context),
  };
}

async function lastAuditEvent(kit: CdsTestApp): Promise<AuditEvent> {
  const { rows } = await kit.db.query<{ resource: AuditEvent }>(
    'SELECT resource FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
    [kit.tenantId],
  );
  return rows[0]!.resource;
}

/** Holds a response to the SDK schema, the specification's FHIRPath rules, and Meridian's own card rules. */
function expectConformant(body: unknown) {
  const parsed = cdsServiceResponseSchema.parse(body);
  expect(invariantViolations(RESPONSE_INVARIANTS, body)).toEqual([]);
  for (const card of parsed.cards) {
    expect(card.uuid).toMatch(UUID); // requirement 80: every card has a uuid, for feedback
    expect(card.summary.length).toBeLessThan(140); // requirement 83
    expect(card.source.topic?.system).toBe('https://meridian.dev/fhir/CodeSystem/cds-card-type');
  }
  return parsed;
}

describe.each(DB_KINDS)('patient-view on $kind', ({ kind, skip }) => {
  let kit: CdsTestApp;
  const slowAnalyses: PrecomputedAnalyses = {
    latest: () => new Promise((resolve) => setTimeout(() => resolve(undefined), PEER_HANG_MS)),
  };
  beforeAll(async () => {
    if (!skip) kit = await createCdsTestApp(kind);
  });
  afterAll(async () => kit?.dispose());

  it.skipIf(skip)(
    'answers every fixture patient bundle without error, as JSON, conformant (requirements 1, 74, 80, 83, 87, 88, 90)',
    async () => {
      for (const file of PATIENT_BUNDLES) {
        const res = await kit.call(SERVICE, patientView(readFixture(file)));
        expect(res.status, `${file}: ${res.text.slice(0, 300)}`).toBe(200);
        expect(res.type).toBe('application/json');
        expectConformant(res.body);
      }
    },
  );

  it.skipIf(skip)(
    'raises a critical NEWS2 card and a red-flag card for the acutely unwell demo patient, and audits the EHR, user, patient and cards',
    async () => {
      const bundle = demoPatientsBundle(new Date());
      const heard: HookEvent[] = [];
      const unsubscribe = kit.services.cdsHooks.events.subscribe((e) => void heard.push(e));
      const res = await kit.call(SERVICE, patientView(bundle, 'demo-ada', 'PractitionerRole/role-7'));
      expect(res.status, res.text).toBe(200);
      const { cards } = expectConformant(res.body);
      const news2 = cards.find((c) => c.summary.startsWith('NEWS2'));
      expect(news2?.indicator).toMatch(/warning|critical/);
      expect(news2?.detail).toContain('Observation/demo-ada-hr');
      expect(news2?.links?.[0]?.url).toMatch(/^https:\/\//);
      expect(news2?.overrideReasons?.every((r) => r.display)).toBe(true);

      const event = await lastAuditEvent(kit);
      expect(event.subtype?.map((s) => s.code)).toContain('cds-hook');
      expect(event.agent[0]!.who?.identifier?.value).toBe(kit.ehr.client.id);
      expect(event.agent[0]!.who?.display).toContain(kit.ehr.issuer);
      expect(event.agent[1]!.who?.reference).toBe('PractitionerRole/role-7');
      const entities = event.entity ?? [];
      expect(entities.find((e) => e.what?.reference === 'Patient/demo-ada')).toBeDefined();
      const reports = entities.filter((e) => e.role?.code === '3').map((e) => e.what?.identifier?.value);
      expect(reports.sort()).toEqual(cards.map((c) => `urn:uuid:${c.uuid}`).sort());
      const act = entities.find((e) => e.role?.code === '20') as
        { detail?: Array<{ type: string; valueString: string }> } | undefined;
      expect(act?.detail?.find((d) => d.type === 'budget-ms')?.valueString).toBe('500');
      expect(JSON.stringify(event)).not.toMatch(/\b118\b|38\.6/); // no vital-sign values in the audit trail

      // The hook event other modules subscribe to (the case-analysis queue): after the answer, with the cards.
      await new Promise((resolve) => setImmediate(resolve));
      unsubscribe();
      expect(heard).toHaveLength(1);
      expect(heard[0]).toMatchObject({
        tenantId: 'clinic-a',
        serviceId: SERVICE,
        hook: 'patient-view',
        patient: 'Patient/demo-ada',
        user: 'PractitionerRole/role-7',
      });
      expect(heard[0]!.cards.map((c) => c.uuid).sort()).toEqual(cards.map((c) => c.uuid).sort());
    },
  );

  it.skipIf(skip)(
    'answers the specification example request (prefetch for another service, no reachable FHIR server) with 412 inside the budget (requirement 54)',
    async () => {
      const started = Date.now();
      const res = await kit.call(SERVICE, {
        ...readFixture<object>('cds-hooks-spec/request-patient-view.json'),
        fhirServer: 'http://127.0.0.1:9/fhir',
      });
      expect(res.status).toBe(412);
      expect(res.body.resourceType).toBe('OperationOutcome');
      expect(res.body.issue[0].details.coding[0].code).toBe('fhir-data-unavailable');
      expect(Date.now() - started).toBeLessThan(500 + DEADLINE_SLACK_MS);
    },
  );

  it.skipIf(skip)(
    'with a tenant budget exhausted by a slow lookup, answers the ready cards in time and records what was cut',
    async () => {
      const slow = await createCdsTestApp(kind, { cdsHooks: { analyses: slowAnalyses, defaultBudgetMs: 200 } });
      try {
        const token = await slow.ehr.sign(slow.audience(SERVICE));
        const started = Date.now();
        const res = await slow.call(SERVICE, patientView(demoPatientsBundle(new Date()), 'demo-ada'), token);
        const elapsed = Date.now() - started;
        expect(res.status).toBe(200);
        // The 200 ms budget cut the 15 s lookup: the answer did not wait for it (the bound leaves room for a loaded machine).
        expect(elapsed).toBeLessThan(200 + DEADLINE_SLACK_MS);
        expect(expectConformant(res.body).cards.length).toBeGreaterThan(0);
        const act = (await lastAuditEvent(slow)).entity?.find((e) => e.role?.code === '20') as {
          detail?: Array<{ type: string; valueString: string }>;
        };
        expect(act.detail?.find((d) => d.type === 'cut-by-budget')?.valueString).toBe('case-analysis');
      } finally {
        await slow.dispose();
      }
    },
  );

  it.skipIf(skip)('shows a fresh precomputed case analysis as an info card with its link', async () => {
    const analyses: PrecomputedAnalyses = {
      latest: async (tenantId, patient) =>
        tenantId === 'clinic-a' && patient === 'Patient/demo-ada'
          ? {
              summary: 'Probable sepsis of respiratory origin.',
              url: 'https://meridian.test/analyses/a1',
              linkType: 'absolute',
              computedAt: new Date().toISOString(),
              engine: 'llm:test',
            }
          : undefined,
    };
    const withAnalysis = await createCdsTestApp(kind, { cdsHooks: { analyses } });
    try {
      const res = await withAnalysis.call(SERVICE, patientView(demoPatientsBundle(new Date()), 'demo-ada'));
      const card = expectConformant(res.body).cards.find((c) => c.source.topic?.code === 'case-analysis');
      expect(card).toMatchObject({
        indicator: 'info',
        links: [{ url: 'https://meridian.test/analyses/a1', type: 'absolute' }],
      });
    } finally {
      await withAnalysis.dispose();
    }
  });
});
