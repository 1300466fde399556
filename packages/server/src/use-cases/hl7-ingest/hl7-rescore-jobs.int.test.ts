/**
 * The reaction to HL7 data is durable: each committed message queues its
 * patients' re-scoring in its own transaction (one queued job per patient,
 * however many results arrive); a process that stops before running them
 * leaves them queued, and the next process's workers run them, raise the
 * alerts and queue one case analysis per change of the record.
 */
import { hl7Timestamp } from '@meridian/fhir-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNWELL, vitalSignsOru, WELL } from '../../../../fhir-adapter/src/hl7v2/testing/vital-signs-oru.js';
import { listAlerts } from '../alerts/alert-store.js';
import { RISK_RESCORE_QUEUE } from '../../platform/jobs/rescore-jobs.js';
import { createServices, type Services } from '../services.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import {
  msaOf,
  startHl7Harness,
  startRescoreWorkers,
  type Hl7Harness,
  type RescoreWorkers,
} from './testing/hl7-harness.js';

const minutesAgo = (m: number) => hl7Timestamp(new Date(Date.now() - m * 60_000));
const MEDIUM = { ...WELL, respiratoryRate: 22, heartRate: 112, temperature: 38.5 };

describe.each(DB_KINDS)('durable risk re-scoring of HL7 data on $kind', ({ kind, skip }) => {
  let h: Hl7Harness;
  let restarted: Services | undefined;
  let workers: RescoreWorkers;
  const queued = async (services: Services) =>
    (await services.jobs.ready()).getQueueSize(RISK_RESCORE_QUEUE, { before: 'completed' });
  const caseAnalyses = async () =>
    (
      await h.t.db.query<{ dedupe_key: string }>(
        `SELECT dedupe_key FROM job_ref WHERE tenant_id = $1 AND kind = 'case-analysis' ORDER BY created_at`,
        [h.t.tenantId],
      )
    ).rows;

  beforeAll(async () => {
    if (skip) return;
    h = await startHl7Harness(kind); // no workers: the listener's process "dies" before re-scoring anything
  });
  afterAll(async () => {
    await restarted?.jobs.stop(1000);
    await h?.dispose();
  });

  it.skipIf(skip)('queues one re-scoring per patient in the commit, however many results arrive', async () => {
    const client = await h.connect();
    const sent = [
      vitalSignsOru({ mrn: 'DR-1', controlId: 'DR-1-1', order: 'ORD-DR-1-1', time: minutesAgo(3), values: WELL }),
      vitalSignsOru({ mrn: 'DR-1', controlId: 'DR-1-2', order: 'ORD-DR-1-2', time: minutesAgo(2), values: MEDIUM }),
      vitalSignsOru({ mrn: 'DR-1', controlId: 'DR-1-3', order: 'ORD-DR-1-3', time: minutesAgo(1), values: UNWELL }),
      vitalSignsOru({ mrn: 'DR-2', controlId: 'DR-2-1', order: 'ORD-DR-2-1', time: minutesAgo(1), values: WELL }),
    ];
    for (const message of sent) expect(msaOf((await client.request(message))[0]!).code).toBe('AA');
    expect(await queued(h.t.services)).toBe(2);
    expect(await h.count('fhir_resource', `resource_type = 'RiskAssessment'`)).toBe(0);
    const { rows } = await h.t.db.query<{ data: { tenantId: string; patient: string; triggeredBy: string } }>(
      `SELECT data FROM ${await jobSchema(h)}.job WHERE name = $1 ORDER BY created_on`,
      [RISK_RESCORE_QUEUE],
    );
    expect(rows.map((r) => r.data.tenantId)).toEqual([h.t.tenantId, h.t.tenantId]);
    expect(new Set(rows.map((r) => r.data.patient)).size).toBe(2);
    // No identifier in the queue: the patient's id is a hash, not the MRN.
    expect(JSON.stringify(rows)).not.toMatch(/DR-[12]/);
  });

  it.skipIf(skip)(
    're-scores after a restart: the next process runs the queued jobs, raises the alerts and queues a case analysis',
    async () => {
      await h.listener.close(1000);
      await h.t.services.jobs.stop(1000);
      restarted = createServices({ db: h.t.db });
      workers = await startRescoreWorkers(restarted);
      await workers.idle();
      expect(await queued(restarted)).toBe(0);
      const alerts = await listAlerts(h.t.db, h.t.tenantId, { count: 10 });
      expect(alerts.map((a) => a.rule).sort()).toEqual(['news2-high', 'qsofa-positive']);
      expect(alerts.every((a) => /^hl7m-/.test(a.triggeredBy ?? ''))).toBe(true);
      expect(await h.count('fhir_resource', `resource_type = 'DetectedIssue'`)).toBe(2);
      const patients = (
        await h.t.db.query<{ p: string }>(
          `SELECT DISTINCT resource->'subject'->>'reference' AS p FROM fhir_resource WHERE resource_type = 'RiskAssessment'`,
        )
      ).rows.map((r) => r.p);
      expect(patients).toHaveLength(2);
      const analyses = await caseAnalyses();
      expect(analyses.map((a) => a.dedupe_key.split('|')[0]).sort()).toEqual([...patients].sort());
    },
  );

  it.skipIf(skip)('does not queue another case analysis when a re-scoring finds the record unchanged', async () => {
    const before = await caseAnalyses();
    const patient = (await listAlerts(h.t.db, h.t.tenantId, { count: 1 }))[0]!.patient;
    await restarted!.db.transaction((tx) =>
      restarted!.jobs.enqueueRescores(tx, [{ tenantId: h.t.tenantId, patient, triggeredBy: 'test' }]),
    );
    restarted!.jobs.wakeRescores();
    await workers.idle();
    expect(await caseAnalyses()).toEqual(before);
    expect(await listAlerts(h.t.db, h.t.tenantId, { count: 10 })).toHaveLength(2);
  });
});

async function jobSchema(h: Hl7Harness): Promise<string> {
  const { rows } = await h.t.db.query<{ schema: string }>('SELECT current_schema() AS schema');
  return rows[0]!.schema === 'public' ? 'pgboss' : rows[0]!.schema;
}
