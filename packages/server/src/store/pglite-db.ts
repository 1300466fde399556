import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import type { Db, QueryResult, Queryable } from './db.js';
import { tracedQuery } from '../telemetry/db-spans.js';

interface PgliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

function wrap(target: PgliteLike): Queryable {
  return {
    query: <R>(sql: string, params?: readonly unknown[]) =>
      tracedQuery('pglite', sql, async (): Promise<QueryResult<R>> => {
        const result = await target.query<R>(sql, params as unknown[] | undefined);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      }),
    execScript: async (sql: string) => {
      await target.exec(sql);
    },
  };
}

/**
 * Opens the embedded PGlite database (WASM Postgres, in process). With a
 * `dataDir` the data is kept on disk and survives a restart; without one it
 * lives in memory (tests).
 *
 * @example
 * ```ts
 * const db = await openPgliteDb({ dataDir: './.meridian-data' });
 * ```
 */
export async function openPgliteDb(options: { dataDir?: string | undefined } = {}): Promise<Db> {
  // pgvector ships with PGlite 0.3: loaded so guideline retrieval can rank dense vectors in SQL.
  const lite = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { vector } });
  const root = wrap(lite);
  return {
    kind: 'pglite',
    query: root.query,
    execScript: root.execScript,
    transaction: (fn) => lite.transaction((tx) => fn(wrap(tx))),
    close: () => lite.close(),
  };
}
