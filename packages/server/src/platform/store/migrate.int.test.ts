import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, createTestDb, type TestDb } from '../../testing/test-databases.js';
import { currentMigration, LATEST_MIGRATION, migrate, MIGRATIONS } from './migrate.js';

describe.each(DB_KINDS)('migrations on $kind', ({ kind, skip }) => {
  let t: TestDb;
  beforeAll(async () => {
    if (!skip) t = await createTestDb(kind, { migrate: false });
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)('applies every migration once, in order, and records it', async () => {
    expect(await currentMigration(t.db)).toBe(0);
    expect(await migrate(t.db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(t.db)).toEqual([]);
    expect(await currentMigration(t.db)).toBe(LATEST_MIGRATION);
    const { rows } = await t.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'api_key',
        'audit_chain_head',
        'audit_event',
        'ehr_client',
        'fhir_resource',
        'alert',
        'hl7_message',
        'hl7_sender',
        'risk_alert_state',
        'schema_migrations',
        'tenant',
      ]),
    );
  });

  it.skipIf(skip)('rolls a transaction back when its work throws', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO tenant (id, name) VALUES ('rolled-back', 'x')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await t.db.query(`SELECT id FROM tenant WHERE id = 'rolled-back'`);
    expect(rows).toHaveLength(0);
  });
});
