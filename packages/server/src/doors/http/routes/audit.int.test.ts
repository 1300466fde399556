import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditBundleSchema } from '@meridian/sdk';
import { recordAccess } from '../../../platform/audit/record-access.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import type { Actor } from '../../../platform/tenancy/actor.js';
import { apiKeyActor } from '../../../testing/actors.js';

describe.each(DB_KINDS)('audit trail over HTTP on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let actor: Actor;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-audit');
    actor = apiKeyActor(t.tenantId, t.keyIds.clinician, 'clinician', { requestId: 'r' });
    // 25 reads of Patient/p1..p5 by the clinician, then 3 updates.
    for (let i = 0; i < 25; i++) {
      await recordAccess(
        t.db,
        actor,
        async () => i,
        () => ({ action: 'R', interaction: 'read', patients: [`Patient/p${i % 5}`] }),
      );
    }
    for (let i = 0; i < 3; i++) {
      await recordAccess(
        t.db,
        actor,
        async () => i,
        () => ({ action: 'U', interaction: 'update', patients: ['Patient/p9'], resources: ['Observation/o1'] }),
      );
    }
  });
  afterAll(async () => t?.dispose());
  const get = (url: string, key = t.keys.auditor) => request(t.app).get(url).set('Authorization', `Bearer ${key}`);

  it.skipIf(skip)('returns a valid searchset Bundle, newest first, paged by _count with next links', async () => {
    const first = await get('/fhir/AuditEvent?agent=' + t.keyIds.clinician + '&_count=10');
    expect(first.status).toBe(200);
    const bundle = auditBundleSchema.parse(first.body);
    expect(bundle.type).toBe('searchset');
    expect(bundle.entry).toHaveLength(10);
    expect(bundle.entry![0]!.resource!.action).toBe('U');
    const seen = new Set(bundle.entry!.map((e) => e.resource!.id));
    let next = bundle.link?.find((l) => l.relation === 'next')?.url;
    let pages = 1;
    while (next) {
      const res = await get(new URL(next).pathname + new URL(next).search);
      const page = auditBundleSchema.parse(res.body);
      page.entry?.forEach((e) => seen.add(e.resource!.id));
      next = page.link?.find((l) => l.relation === 'next')?.url;
      pages++;
    }
    expect(seen.size).toBe(28);
    expect(pages).toBe(3);
  });

  it.skipIf(skip)('filters by patient (with or without the type), action and date', async () => {
    const byPatient = auditBundleSchema.parse((await get('/fhir/AuditEvent?patient=Patient/p1')).body);
    expect(byPatient.entry).toHaveLength(5);
    expect(byPatient.entry!.every((e) => e.resource!.entity!.some((x) => x.what?.reference === 'Patient/p1'))).toBe(
      true,
    );
    // The first search is itself recorded against Patient/p1: the second finds it, newest first.
    const again = auditBundleSchema.parse((await get('/fhir/AuditEvent?patient=p1')).body);
    expect(again.entry).toHaveLength(6);
    expect(again.entry![0]!.resource!.subtype?.[0]?.code).toBe('search-type');
    expect(auditBundleSchema.parse((await get('/fhir/AuditEvent?action=U')).body).entry).toHaveLength(3);
    const today = new Date().toISOString().slice(0, 10);
    const inRange = auditBundleSchema.parse(
      (await get(`/fhir/AuditEvent?date=ge${today}&date=le${today}&action=U`)).body,
    );
    expect(inRange.entry).toHaveLength(3);
    expect(auditBundleSchema.parse((await get('/fhir/AuditEvent?date=lt2000-01-01')).body).entry ?? []).toHaveLength(0);
    expect(auditBundleSchema.parse((await get('/fhir/AuditEvent?date=gt2999')).body).entry ?? []).toHaveLength(0);
  });

  it.skipIf(skip)('records the reading of the audit trail itself, and refused attempts', async () => {
    await get('/fhir/AuditEvent?patient=Patient/p3');
    await get('/fhir/AuditEvent?date=not-a-date');
    const own = auditBundleSchema.parse((await get(`/fhir/AuditEvent?agent=${t.keyIds.auditor}&_count=2`)).body);
    const [latest, previous] = own.entry!.map((e) => e.resource!);
    // The newest visible is the refused attempt (the search that returned this page commits after it runs).
    expect(latest).toMatchObject({ action: 'R', outcome: '4', outcomeDesc: 'invalid-search-parameter' });
    expect(previous).toMatchObject({ action: 'R', outcome: '0' });
    expect(previous!.entity).toEqual([expect.objectContaining({ what: { reference: 'Patient/p3' } })]);
    expect(previous!.agent[0]).toMatchObject({
      requestor: true,
      who: { identifier: { value: t.keyIds.auditor } },
      role: [{ text: 'auditor' }],
    });
  });

  it.skipIf(skip)('verifies the chain over HTTP and finds tampering at the right link', async () => {
    const ok = await get('/audit/verify');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ valid: true, firstBrokenLink: null });
    expect(ok.body.eventsChecked).toBeGreaterThanOrEqual(28);
    await t.db.execScript(`
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      UPDATE audit_event SET resource = jsonb_set(resource, '{outcome}', '"8"') WHERE seq = 7;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;`);
    const bad = await get('/audit/verify');
    expect(bad.body).toMatchObject({
      valid: false,
      eventsChecked: 6,
      firstBrokenLink: { seq: 7, reason: 'event-hash-mismatch' },
    });
  });

  it.skipIf(skip)('keeps tenants apart', async () => {
    const other = await createTestApp(kind, 'clinic-other');
    try {
      const res = await request(other.app).get('/fhir/AuditEvent').set('Authorization', `Bearer ${other.keys.admin}`);
      expect(res.body.entry ?? []).toHaveLength(0);
    } finally {
      await other.dispose();
    }
  });
});
