import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { DatabaseUnavailableError, type Db, type QueryResult, type Queryable } from './db.js';
import { isWasmCrash, mayBeBroken } from './pglite-crash.js';
import { tracedQuery } from '../telemetry/db-spans.js';

interface PgliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

/** Options of {@link openPgliteDb}. */
export interface PgliteDbOptions {
  /** Data folder; omitted, the database lives in memory (tests). */
  dataDir?: string | undefined;
  /** Called when the instance crashed and was reopened on `dataDir`. */
  onRestart?: ((cause: unknown) => void) | undefined;
  /**
   * Called when the instance crashed and cannot be reopened (in memory, or the
   * reopen failed): every later call fails with {@link DatabaseUnavailableError}.
   * `main.ts` exits so that a supervisor restarts the process.
   */
  onUnrecoverable?: ((cause: unknown) => void) | undefined;
}

/** One PGlite instance and whether a WASM trap was seen on it. */
interface Instance {
  lite: PGlite;
  crashed: boolean;
}

function wrap(target: PgliteLike, instance: Instance): Queryable {
  const seen = <T>(promise: Promise<T>) =>
    promise.catch((error: unknown) => {
      if (isWasmCrash(error)) instance.crashed = true;
      throw error;
    });
  return {
    query: <R>(sql: string, params?: readonly unknown[]) =>
      tracedQuery('pglite', sql, async (): Promise<QueryResult<R>> => {
        const result = await seen(target.query<R>(sql, params as unknown[] | undefined));
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      }),
    execScript: async (sql: string) => {
      await seen(target.exec(sql));
    },
  };
}

/**
 * Opens the embedded PGlite database (WASM Postgres, in process). With a
 * `dataDir` the data is kept on disk and survives a restart; without one it
 * lives in memory (tests).
 *
 * If the WASM engine traps (see `pglite-crash.ts`), the instance is abandoned:
 * on disk, a new one is opened on the same folder (committed data is there;
 * the failed transaction is not) and the calls caught in the crash fail with
 * {@link DatabaseUnavailableError} (503, retry); in memory, nothing can be
 * recovered, so every later call fails and `onUnrecoverable` is told.
 *
 * @example
 * ```ts
 * const db = await openPgliteDb({ dataDir: './.meridian-data', onUnrecoverable: () => process.exit(1) });
 * ```
 */
export async function openPgliteDb(options: PgliteDbOptions = {}): Promise<Db> {
  // pgvector ships with PGlite 0.3: loaded so guideline retrieval can rank dense vectors in SQL.
  const create = () =>
    PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { vector } });
  let current: Instance = { lite: await create(), crashed: false };
  let reopening: Promise<void> | undefined;
  let unrecoverable: unknown;

  const isBroken = async (instance: Instance, error: unknown) => {
    if (instance !== current || instance.crashed || isWasmCrash(error)) return true;
    if (!mayBeBroken(error)) return false;
    return instance.lite.query('SELECT 1').then(
      () => false,
      () => true,
    );
  };

  const replace = (instance: Instance, cause: unknown): Promise<void> => {
    if (instance !== current || unrecoverable !== undefined) return reopening ?? Promise.resolve();
    instance.crashed = true;
    if (!options.dataDir) {
      unrecoverable = cause;
      options.onUnrecoverable?.(cause);
      return Promise.resolve();
    }
    // The crashed instance is not closed: its memory is not trusted to write anything more.
    reopening ??= create()
      .then(
        (lite) => {
          current = { lite, crashed: false };
          options.onRestart?.(cause);
        },
        (error: unknown) => {
          unrecoverable = error;
          options.onUnrecoverable?.(error);
        },
      )
      .finally(() => {
        reopening = undefined;
      });
    return reopening;
  };

  async function run<T>(work: (instance: Instance) => Promise<T>): Promise<T> {
    if (reopening) await reopening;
    if (unrecoverable !== undefined)
      throw new DatabaseUnavailableError('the embedded database failed and cannot be reopened; restart the process', {
        cause: unrecoverable,
      });
    const instance = current;
    try {
      return await work(instance);
    } catch (error) {
      if (!(await isBroken(instance, error))) throw error;
      await replace(instance, error);
      throw new DatabaseUnavailableError('the embedded database failed and was reopened; retry the request', {
        cause: error,
      });
    }
  }

  return {
    kind: 'pglite',
    query: (sql, params, queryOptions) => run((i) => wrap(i.lite, i).query(sql, params, queryOptions)),
    execScript: (sql) => run((i) => wrap(i.lite, i).execScript(sql)),
    transaction: (fn) => run((i) => i.lite.transaction((tx) => fn(wrap(tx, i)))),
    close: async () => {
      if (reopening) await reopening;
      await current.lite.close();
    },
  };
}
