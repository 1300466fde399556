import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian, trainingExampleSchema, trainingExportResponseSchema } from '@meridian/sdk';
import { readFixtureText } from '@meridian/fixtures';
import { createEscalationRecord } from '../../../use-cases/case-analysis/escalation-records.js';
import { recordFeedback } from '../../../use-cases/cds-hooks/feedback/record-feedback.js';
import { listen } from '../../../testing/listen.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

/** The first 60 clinical queries of the PHI fixtures that hold PHI, with their gold values. */
const QUERIES = readFixtureText('phi/synthetic-clinical-queries/queries.jsonl')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; phi: Array<{ value: string }> })
  .filter((q) => q.phi.length > 0)
  .slice(0, 60);

describe.each(DB_KINDS)('training export on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-training');
    const half = QUERIES.length / 2;
    await t.db.transaction(async (tx) => {
      await recordFeedback(tx, t.tenantId, 'meridian-order-safety', 'ehr-1', {
        feedback: QUERIES.slice(0, half).map((q) => ({
          card: randomUUID(),
          outcome: 'overridden' as const,
          outcomeTimestamp: '2026-01-05T10:00:00Z',
          overrideReason: {
            reason: { system: 'https://meridian.dev/override', code: 'patient-specific', display: 'Patient specific' },
            userComment: q.text,
          },
        })),
      });
      await recordFeedback(tx, t.tenantId, 'meridian-order-safety', 'ehr-1', {
        feedback: [
          {
            card: randomUUID(),
            outcome: 'accepted',
            outcomeTimestamp: '2026-01-05T10:00:00Z',
            acceptedSuggestions: [{ id: randomUUID() }],
          },
        ],
      });
      for (const q of QUERIES.slice(half)) {
        const id = await createEscalationRecord(tx, t.services.caseAnalysis.encryptionKey, t.tenantId, 'urgent', {
          patient: 'Patient/p1',
          reasons: [q.text],
          escalationLevel: 'urgent',
          caseSummary: q.text,
          engine: 'rules',
        });
        await tx.query(`UPDATE escalation_record SET status = 'closed' WHERE id = $1`, [id]);
      }
      await createEscalationRecord(tx, t.services.caseAnalysis.encryptionKey, t.tenantId, 'urgent', {
        patient: 'Patient/p2',
        reasons: ['open'],
        escalationLevel: 'urgent',
        caseSummary: 'still open',
        engine: 'rules',
      });
    });
  });
  afterAll(async () => t?.dispose());
  const exportAs = (key: string, query: Record<string, string> = {}) =>
    request(t.app).get('/training/export').query(query).set('Authorization', `Bearer ${key}`);

  it.skipIf(skip)(
    'exports feedback and reviewed escalations as chat JSONL with no PHI value of the fixtures in it, audited',
    async () => {
      const res = await exportAs(t.keys.admin);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
      const lines = res.text.trim().split('\n');
      expect(lines).toHaveLength(QUERIES.length + 1);
      for (const line of lines) trainingExampleSchema.parse(JSON.parse(line));
      const leaked = QUERIES.flatMap((q) => q.phi.map((p) => p.value)).filter((value) => res.text.includes(value));
      expect(leaked).toEqual([]);
      expect(res.text).toContain('[NAME]');
      expect(res.text).toContain('overridden (reason https://meridian.dev/override|patient-specific; comment: ');
      expect(res.text).not.toContain('still open');
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?action=E')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      expect(audit.body.entry.filter((e: any) => e.resource.subtype?.[1]?.code === 'training-export')).toHaveLength(1);
    },
  );

  it.skipIf(skip)(
    'an operator names the tenant; other roles, other tenants and bad queries are refused with an OperationOutcome',
    async () => {
      const asOperator = trainingExportResponseSchema.parse(
        (await exportAs(t.keys.operator, { tenant: t.tenantId, format: 'json' })).body,
      );
      expect(asOperator.sources).toEqual({ cdsFeedback: QUERIES.length / 2 + 1, escalations: QUERIES.length / 2 });
      for (const [key, query, status] of [
        [t.keys.operator, {}, 400],
        [t.keys.operator, { tenant: 'nobody-here' }, 404],
        [t.keys.admin, { tenant: 'another-tenant' }, 403],
        [t.keys.clinician, {}, 403],
        [t.keys.admin, { format: 'csv' }, 400],
      ] as const) {
        const res = await exportAs(key, query);
        expect(res.status).toBe(status);
        expect(res.body.resourceType).toBe('OperationOutcome');
      }
    },
  );

  it.skipIf(skip)('the SDK exports', async () => {
    const server = await listen(t.app);
    try {
      const { examples, sources } = await new Meridian({
        baseUrl: server.baseUrl,
        apiKey: t.keys.admin,
      }).training.export();
      expect(examples).toHaveLength(sources.cdsFeedback + sources.escalations);
      expect(examples[0]!.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
    } finally {
      await server.close();
    }
  });
});
