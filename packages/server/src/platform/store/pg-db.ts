import pg from 'pg';
import type { Db, QueryOptions, QueryResult, Queryable } from './db.js';
import { tracedQuery } from '../telemetry/db-spans.js';

/** Options of {@link openPgDb}. */
export interface PgDbOptions {
  connectionString: string;
  /** Schema to use as `search_path` (tests use one schema per suite). */
  schema?: string | undefined;
  /** Pool size (default 10). */
  max?: number | undefined;
}

// Postgres returns BIGINT (int8) as strings by default; Meridian's bigints (audit seq) fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: <R>(sql: string, params?: readonly unknown[], options?: QueryOptions) =>
      tracedQuery('postgres', sql, async (): Promise<QueryResult<R>> => {
        const values = params as unknown[] | undefined;
        const result = options?.name
          ? await client.query({ name: options.name, text: sql, values })
          : await client.query(sql, values);
        return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
      }),
    execScript: async (sql: string) => {
      await client.query(sql);
    },
  };
}

/**
 * Opens a pooled connection to a real Postgres.
 *
 * @example
 * ```ts
 * const db = await openPgDb({ connectionString: process.env.DATABASE_URL! });
 * ```
 */
export async function openPgDb(options: PgDbOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client's error (the server restarted) must not crash the process.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const root = wrap(pool);
  return {
    kind: 'postgres',
    query: root.query,
    execScript: root.execScript,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
