import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp } from '../../../testing/test-app.js';

describe.each(DB_KINDS)('health and metrics on $kind', ({ kind, skip }) => {
  it.skipIf(skip)('is live and ready with a migrated database, and unready once it is gone', async () => {
    const t = await createTestApp(kind);
    expect((await request(t.app).get('/health/live')).body).toMatchObject({ status: 'ok' });
    const ready = await request(t.app).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'ok', migrations: 'ok' });

    await t.db.query('DELETE FROM schema_migrations');
    const stale = await request(t.app).get('/health/ready');
    expect(stale.status).toBe(503);
    expect(stale.body.checks).toEqual({ database: 'ok', migrations: 'failing' });

    await t.dispose();
    const down = await request(t.app).get('/health/ready');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', checks: { database: 'failing' } });
  });

  it.skipIf(skip)('exposes Prometheus metrics by route pattern, with no ids or query values', async () => {
    const t = await createTestApp(kind);
    await request(t.app)
      .get('/fhir/AuditEvent?patient=Patient/secret-mrn-123')
      .set('Authorization', `Bearer ${t.keys.admin}`);
    const res = await request(t.app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/meridian_http_requests_total\{method="GET",route="\/fhir\/AuditEvent",status="200"\} 1/);
    expect(res.text).toMatch(/meridian_audit_events_written_total\{action="R",outcome="0"\} 1/);
    expect(res.text).not.toContain('secret-mrn-123');
    await t.dispose();
  });
});
