import { buildPatientContext } from '@meridian/fhir-adapter';
import { PATIENT_BUNDLES, readFixture } from '@meridian/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCalculators } from '../../engines/risk/index.js';
import { processBundle } from '../../platform/fhir-store/process-bundle.js';
import { patientCompartment } from '../../platform/fhir-store/resource-repository.js';
import { writeResources } from '../../platform/fhir-store/write-resources.js';
import type { Queryable } from '../../platform/store/db.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { seedEarlierVersions, seedObservations, seedRiskAssessments, WARD_VITALS } from '../../testing/seed-history.js';
import { DB_KINDS, createTestDb, type TestDb } from '../../testing/test-databases.js';
import { assessRisk } from './assess-risk.js';
import { loadPatientContext } from './load-patient-context.js';
import { createRiskCache } from './risk-cache.js';

const TENANT = 'history';

/** A Queryable that counts the rows its queries return, and their resource types. */
function counting(q: Queryable) {
  const seen = { rows: 0, types: new Set<string>() };
  const wrapped: Queryable = {
    execScript: (sql) => q.execScript(sql),
    async query(sql, params, options) {
      const result = await q.query(sql, params, options);
      seen.rows += result.rows.length;
      for (const row of result.rows as { resource?: { resourceType?: string } }[])
        if (row.resource?.resourceType) seen.types.add(row.resource.resourceType);
      return result as never;
    },
  };
  return { q: wrapped, seen };
}

/** Results without what names the resources used (two patients' ids differ; of equal candidates, which one is cited may too). */
function comparable(results: unknown): unknown {
  return JSON.parse(
    JSON.stringify(results, (key, value: unknown) => (key === 'source' || key === 'effective' ? undefined : value)),
  );
}

const bySource = <T extends { source: string }>(entries: T[]) =>
  [...entries].sort((a, b) => a.source.localeCompare(b.source));

const conditions = (patient: string) => [
  {
    resourceType: 'Condition',
    id: `${patient}-af`,
    subject: { reference: `Patient/${patient}` },
    clinicalStatus: { coding: [{ code: 'active' }] },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '49436004', display: 'Atrial fibrillation' }] },
  },
  {
    resourceType: 'Condition',
    id: `${patient}-htn`,
    subject: { reference: `Patient/${patient}` },
    clinicalStatus: { coding: [{ code: 'active' }] },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertension' }] },
  },
];

describe.each(DB_KINDS)('the scoring record on $kind', ({ kind, skip }) => {
  let t: TestDb;
  const now = new Date();
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: TENANT, name: 'History' });
    for (const file of PATIENT_BUNDLES)
      await t.db.transaction((tx) => processBundle(tx, TENANT, readFixture(file) as never));
    // Two patients with the same current state; one with years of history behind it.
    for (const id of ['long', 'fresh'])
      await writeResources(t.db, TENANT, [
        { resourceType: 'Patient', id, gender: 'female', birthDate: '1941-02-03' },
        ...conditions(id),
      ]);
    await seedObservations(t.db, TENANT, 'Patient/long', { count: 50_000, end: now, stepMinutes: 3 });
    await seedObservations(t.db, TENANT, 'Patient/fresh', { count: WARD_VITALS.length, end: now, stepMinutes: 3 });
    await seedRiskAssessments(t.db, TENANT, 'Patient/long', { count: 5_000, end: now, stepMinutes: 15 });
    await seedEarlierVersions(t.db, TENANT, 'Patient', 'long', 300);
    for (const condition of conditions('long')) await seedEarlierVersions(t.db, TENANT, 'Condition', condition.id, 50);
    await t.db.query('ANALYZE');
  }, 300_000);
  afterAll(async () => t?.dispose());

  it.skipIf(skip)(
    'scores every fixture patient exactly as the whole record does, reading a fraction of it',
    async () => {
      const { rows } = await t.db.query<{ id: string }>(
        `SELECT id FROM fhir_resource WHERE tenant_id = $1 AND resource_type = 'Patient' AND is_current
         AND id NOT IN ('long', 'fresh') ORDER BY id`,
        [TENANT],
      );
      expect(rows).toHaveLength(PATIENT_BUNDLES.length);
      for (const { id } of rows) {
        // A reference time near the fixtures' own data, so that some values are fresh and some stale.
        for (const referenceTime of ['2019-06-01T00:00:00Z', '2024-01-01T00:00:00Z']) {
          const whole = await patientCompartment(t.db, TENANT, `Patient/${id}`);
          const full = buildPatientContext(
            { resourceType: 'Bundle', type: 'collection', entry: whole.map((resource) => ({ resource })) },
            { referenceTime, patientId: id },
          );
          const { q, seen } = counting(t.db);
          const bounded = await loadPatientContext(q, TENANT, { patient: `Patient/${id}` }, referenceTime);
          expect(bounded.measurements).toEqual(full.measurements);
          expect(bounded.findings).toEqual(full.findings);
          // The same entries; their order was the table's and is now newest first.
          expect(bySource(bounded.conditions)).toEqual(bySource(full.conditions));
          expect(bySource(bounded.allergies)).toEqual(bySource(full.allergies));
          expect(bySource(bounded.medications)).toEqual(bySource(full.medications));
          expect(bounded.patient).toEqual(full.patient);
          expect(comparable(runCalculators(bounded))).toEqual(comparable(runCalculators(full)));
          expect(seen.rows).toBeLessThan(whole.length);
          expect([...seen.types]).not.toContain('Encounter');
        }
      }
    },
    120_000,
  );

  it.skipIf(skip)(
    'a patient with 50,000 observations, 5,000 assessments and 300 versions scores as a fresh one, reading as much',
    async () => {
      const referenceTime = now.toISOString();
      const long = counting(t.db);
      const fresh = counting(t.db);
      const longContext = await loadPatientContext(long.q, TENANT, { patient: 'Patient/long' }, referenceTime);
      const freshContext = await loadPatientContext(fresh.q, TENANT, { patient: 'Patient/fresh' }, referenceTime);
      // Never loses the Patient, however long the record (the old read stopped at 20,000 unordered rows).
      expect(longContext.patient).toMatchObject({ id: 'long', sex: 'female' });
      expect(comparable(runCalculators(longContext))).toEqual(comparable(runCalculators(freshContext)));
      expect(Object.keys(longContext.measurements).sort()).toEqual(Object.keys(freshContext.measurements).sort());
      // Rows read do not grow with history: at most the per-code allowance (4 within the window, 4 before it).
      expect(long.seen.types).toEqual(new Set(['Patient', 'Observation', 'Condition']));
      expect(long.seen.rows).toBeLessThanOrEqual(1 + WARD_VITALS.length * 8 + 2);
      expect(fresh.seen.rows).toBe(1 + WARD_VITALS.length + 2);
    },
    60_000,
  );

  it.skipIf(skip)('assessing the long patient stores its assessments and answers 7 results', async () => {
    const cache = createRiskCache();
    const first = await t.db.transaction((tx) => assessRisk(tx, TENANT, { patient: 'Patient/long' }, cache, now));
    expect(first.response.results).toHaveLength(7);
    expect(first.response.riskAssessments.length).toBeGreaterThan(0);
    const again = await t.db.transaction((tx) => assessRisk(tx, TENANT, { patient: 'Patient/long' }, cache, now));
    // Its own new RiskAssessments are not inputs: the same inputs hit the cache.
    expect(again.response.cached).toBe(true);
  });
});
