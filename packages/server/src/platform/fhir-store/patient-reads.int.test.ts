import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, createTestDb, type TestDb } from '../../testing/test-databases.js';
import { seedObservations, seedRiskAssessments } from '../../testing/seed-history.js';
import { ensureTenant } from '../tenancy/tenants.js';
import {
  activePatientResources,
  latestObservations,
  LATEST_OBSERVATIONS_SQL,
  PATIENT_RESOURCES_SQL,
  readPatient,
  resourcesById,
} from './patient-reads.js';
import type { FhirResource } from './resource-fields.js';
import { writeResource } from './resource-repository.js';
import { writeResources } from './write-resources.js';

const TENANT = 'reads';
const P = 'Patient/p1';
const LOINC = 'http://loinc.org';
const HR = `${LOINC}|8867-4`;
const SBP = `${LOINC}|8480-6`;
const hours = (n: number) => n * 3_600_000;
const now = new Date('2026-05-01T12:00:00Z');
const ago = (h: number) => new Date(now.getTime() - hours(h)).toISOString();

const obs = (id: string, at: string, extra: Record<string, unknown> = {}): FhirResource => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  subject: { reference: P },
  effectiveDateTime: at,
  code: { coding: [{ system: LOINC, code: '8867-4' }] },
  valueQuantity: { value: 80, unit: '/min' },
  ...extra,
});
const ids = (resources: FhirResource[]) => resources.map((r) => r.id);

describe.each(DB_KINDS)('bounded reads of a patient record on $kind', ({ kind, skip }) => {
  let t: TestDb;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: TENANT, name: 'Reads' });
    await t.db.transaction(async (tx) => {
      await writeResources(tx, TENANT, [
        { resourceType: 'Patient', id: 'p1' },
        obs('hr-now', ago(1)),
        obs('hr-2h', ago(2)),
        obs('hr-3h', ago(3)),
        obs('hr-4h', ago(4)),
        obs('hr-5h', ago(5)),
        obs('hr-error', ago(0.5), { status: 'entered-in-error' }),
        obs('hr-future', new Date(now.getTime() + hours(2)).toISOString()),
        obs('hr-old', ago(48)),
        obs('hr-older', ago(72)),
        // The systolic value is a component of a panel: found by the component's code.
        obs('bp-panel', ago(1), {
          code: { coding: [{ system: 'urn:local', code: 'BP' }] },
          component: [{ code: { coding: [{ system: LOINC, code: '8480-6' }] }, valueQuantity: { value: 120 } }],
        }),
        // A local code first and LOINC second, as many EHRs code it.
        obs('hr-local', ago(0.25), {
          code: {
            coding: [
              { system: 'urn:oid:1.2.3', code: '5' },
              { system: LOINC, code: '8867-4' },
            ],
          },
        }),
        // Malformed codings are stored (the adapter reports them), never index anything, never fail the write.
        obs('odd', ago(1), { code: { coding: ['x', { system: LOINC, code: 5 }, null] }, component: 'none' }),
        obs('other-patient', ago(1), { subject: { reference: 'Patient/p2' } }),
        {
          resourceType: 'Condition',
          id: 'c-active',
          subject: { reference: P },
          clinicalStatus: { coding: [{ code: 'active' }] },
        },
        {
          resourceType: 'Condition',
          id: 'c-resolved',
          subject: { reference: P },
          clinicalStatus: { coding: [{ code: 'Resolved' }] },
        },
        {
          resourceType: 'Condition',
          id: 'c-refuted-second',
          subject: { reference: P },
          verificationStatus: { coding: [{ system: 'x' }, { code: 'refuted' }] },
        },
        { resourceType: 'MedicationRequest', id: 'm-active', status: 'active', subject: { reference: P } },
        { resourceType: 'MedicationRequest', id: 'm-stopped', status: 'stopped', subject: { reference: P } },
        { resourceType: 'MedicationRequest', id: 'm-odd-status', status: 7, subject: { reference: P } },
        { resourceType: 'MedicationStatement', id: 's-completed', status: 'completed', subject: { reference: P } },
        { resourceType: 'RiskAssessment', id: 'ra-1', status: 'final', subject: { reference: P } },
        { resourceType: 'Medication', id: 'med-1', code: { text: 'aspirin' } },
      ]);
      // A new version whose code changed: the old code no longer finds it.
      await writeResource(tx, TENANT, obs('hr-4h', ago(4), { code: { coding: [{ system: LOINC, code: '9279-1' }] } }));
    });
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)('reads the Patient by its key', async () => {
    expect((await readPatient(t.db, TENANT, P))?.id).toBe('p1');
    expect(await readPatient(t.db, TENANT, 'Patient/nobody')).toBeUndefined();
  });

  it.skipIf(skip)(
    'finds the latest values of a code within its window, and the latest one before it, by any coding or component',
    async () => {
      const found = await latestObservations(
        t.db,
        TENANT,
        P,
        [
          { code: HR, since: new Date(ago(24)) },
          { code: SBP, since: new Date(ago(24)) },
        ],
        now,
        3,
      );
      // Newest first: hr-local (by its second coding), the panel (by its component), then the newest usable
      // heart rates (3 within the window; none before it, since the window has some). Not the entered-in-error
      // one, not the one after `until`, not the version whose code changed, not another patient's.
      expect(ids(found)).toEqual(['hr-local', 'bp-panel', 'hr-now', 'hr-2h']);
      // A window with nothing in it: the latest before it (up to 3), to be reported stale.
      const stale = await latestObservations(
        t.db,
        TENANT,
        P,
        [{ code: HR, since: new Date(ago(24)) }],
        new Date(ago(30)),
        3,
      );
      expect(ids(stale)).toEqual(['hr-old', 'hr-older']);
    },
  );

  it.skipIf(skip)('a window with nothing in it still yields the latest value before it', async () => {
    const found = await latestObservations(t.db, TENANT, P, [{ code: HR, since: new Date(ago(0.1)) }], now, 2);
    expect(ids(found)).toEqual(['hr-local', 'hr-now']);
    const none = await latestObservations(t.db, TENANT, P, [{ code: `${LOINC}|1-8`, since: new Date(ago(24)) }], now);
    expect(none).toEqual([]);
  });

  it.skipIf(skip)('windows reaching before year 1 or after 9999 are clamped, not refused', async () => {
    const found = await latestObservations(
      t.db,
      TENANT,
      P,
      [{ code: HR, since: new Date(Date.parse('0001-01-01T00:00:00Z') - hours(24 * 365 * 5)) }],
      new Date(Date.parse('9999-12-31T23:00:00Z') + hours(5)),
      1,
    );
    expect(ids(found)).toEqual(['hr-future']);
  });

  it.skipIf(skip)('reads the types asked, leaving out what the statuses rule out, never RiskAssessments', async () => {
    const found = await activePatientResources(t.db, TENANT, P, [
      { type: 'Condition', clinicalStatus: ['resolved'], verificationStatus: ['refuted'] },
      { type: 'MedicationRequest', status: ['stopped'] },
      { type: 'MedicationStatement', status: ['completed'] },
    ]);
    // Statuses are read as the adapter reads them: the first coding that has a code ('Resolved', 'refuted'),
    // lower-cased; a status that is not a string rules nothing out.
    expect(ids(found).sort()).toEqual(['c-active', 'm-active', 'm-odd-status']);
    expect(found.map((r) => r.resourceType)).not.toContain('RiskAssessment');
    expect(ids(await resourcesById(t.db, TENANT, 'Medication', ['med-1', 'nope']))).toEqual(['med-1']);
  });

  it.skipIf(skip)('indexes every code of an Observation version once, and nothing for malformed codings', async () => {
    const { rows } = await t.db.query<{ id: string; code: string; version_id: number }>(
      `SELECT id, code, version_id FROM observation_code WHERE tenant_id = $1 AND id IN ('hr-local', 'bp-panel', 'odd', 'hr-4h')
       ORDER BY id, version_id, code`,
      [TENANT],
    );
    expect(rows).toEqual([
      { id: 'bp-panel', code: `${LOINC}|8480-6`, version_id: 1 },
      { id: 'bp-panel', code: 'urn:local|BP', version_id: 1 },
      { id: 'hr-4h', code: HR, version_id: 1 },
      { id: 'hr-4h', code: `${LOINC}|9279-1`, version_id: 2 },
      { id: 'hr-local', code: HR, version_id: 1 },
      { id: 'hr-local', code: 'urn:oid:1.2.3|5', version_id: 1 },
    ]);
  });
});

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] };
function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe.each(DB_KINDS)('the scoring reads use indexes on $kind', ({ kind, skip }) => {
  let t: TestDb;
  const explain = async (sql: string, params: unknown[]) => {
    const { rows } = await t.db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      params,
    );
    const raw = rows[0]!['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
    return nodes(plan[0].Plan);
  };
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: TENANT, name: 'Reads' });
    await t.db.query(
      `INSERT INTO fhir_resource (tenant_id, resource_type, id, version_id, last_updated, patient_ref, resource)
      VALUES ($1, 'Patient', 'p1', 1, now(), $2, '{"resourceType":"Patient","id":"p1"}')`,
      [TENANT, P],
    );
    const end = new Date();
    await seedObservations(t.db, TENANT, P, { count: 20_000, end, stepMinutes: 3 });
    await seedRiskAssessments(t.db, TENANT, P, { count: 5_000, end, stepMinutes: 15 });
    for (let i = 2; i <= 41; i++)
      await seedObservations(t.db, TENANT, `Patient/p${i}`, { count: 500, end, stepMinutes: 3, prefix: `p${i}` });
    await t.db.query('ANALYZE fhir_resource');
    await t.db.query('ANALYZE observation_code');
  }, 120_000);
  afterAll(async () => t?.dispose());

  it.skipIf(skip)(
    'the latest values by code: observation_code_latest, then the primary key; no sequential scan',
    async () => {
      const plan = await explain(LATEST_OBSERVATIONS_SQL, [
        TENANT,
        P,
        [HR, SBP],
        [new Date(Date.now() - hours(24)).toISOString(), new Date(Date.now() - hours(24)).toISOString()],
        new Date().toISOString(),
        4,
      ]);
      expect(plan.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
      const indexes = plan.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []));
      expect(indexes).toContain('observation_code_latest');
      expect(indexes.filter((i) => i !== 'observation_code_latest')).not.toHaveLength(0);
    },
  );

  it.skipIf(skip)('conditions, medications, allergies: fhir_resource_by_patient_time; no sequential scan', async () => {
    const plan = await explain(PATIENT_RESOURCES_SQL, [
      TENANT,
      P,
      ['Condition', 'MedicationRequest'],
      ['MedicationRequest|stopped'],
      ['Condition|resolved'],
      ['Condition|refuted'],
      2000,
    ]);
    expect(plan.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'])).toEqual([]);
    expect(plan.map((n) => n['Index Name'])).toContain('fhir_resource_by_patient_time');
  });
});
