import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../platform/store/db.js';
import { migrate } from '../platform/store/migrate.js';
import { openPgDb } from '../platform/store/pg-db.js';
import { openPgliteDb } from '../platform/store/pglite-db.js';

/** The real Postgres the tests use (CI and dev machines run one on 127.0.0.1:5432). */
export const TEST_POSTGRES_URL = process.env.MERIDIAN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why Postgres tests are skipped, or `undefined` when Postgres answers. */
export async function postgresUnavailableReason(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `no Postgres at ${TEST_POSTGRES_URL.replace(/\/\/[^@]*@/, '//')}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A migrated database for one test suite, and how to throw it away. */
export interface TestDb {
  db: Db;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database of the given kind: an in-memory PGlite, or a new
 * schema in the test Postgres (dropped by `dispose`).
 */
export async function createTestDb(
  kind: 'pglite' | 'postgres',
  options: { migrate?: boolean; max?: number } = {},
): Promise<TestDb> {
  let db: Db;
  let dispose: () => Promise<void>;
  if (kind === 'pglite') {
    db = await openPgliteDb();
    dispose = () => db.close();
  } else {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    db = await openPgDb({ connectionString: TEST_POSTGRES_URL, schema, max: options.max ?? 10 });
    dispose = async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    };
  }
  if (options.migrate !== false) await migrate(db);
  return { db, dispose };
}

const pgReason = await postgresUnavailableReason();
if (pgReason) console.warn(`[meridian tests] Postgres suites skipped: ${pgReason}`);

/**
 * The database kinds every store suite runs against, each with the reason it
 * is skipped (Postgres only, when none answers).
 *
 * @example
 * ```ts
 * describe.each(DB_KINDS)('store on $kind', ({ kind, skip }) => { ... });
 * ```
 */
export const DB_KINDS: ReadonlyArray<{ kind: 'pglite' | 'postgres'; skip: boolean }> = [
  { kind: 'pglite', skip: false },
  { kind: 'postgres', skip: pgReason !== undefined },
];
