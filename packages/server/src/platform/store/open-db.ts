import type { Db } from './db.js';
import { openPgDb } from './pg-db.js';
import { openPgliteDb, type PgliteDbOptions } from './pglite-db.js';

/**
 * Opens Postgres when `databaseUrl` is given, else the embedded PGlite (on disk
 * at `dataDir`, or in memory when that is omitted too; `onRestart` and
 * `onUnrecoverable` as in {@link openPgliteDb}).
 *
 * @example
 * ```ts
 * const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: './.meridian-data' });
 * ```
 */
export function openDb(
  options: { databaseUrl?: string | undefined; schema?: string | undefined } & PgliteDbOptions,
): Promise<Db> {
  return options.databaseUrl
    ? openPgDb({ connectionString: options.databaseUrl, schema: options.schema })
    : openPgliteDb(options);
}
