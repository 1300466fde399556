/**
 * One database interface over `pg` (production) and PGlite (embedded). Code
 * above the store sees only these types.
 */

/** Rows returned by a query. */
export interface QueryResult<R> {
  rows: R[];
  /** Rows inserted, updated or deleted, where the driver reports it. */
  rowCount: number;
}

/** Options of one query. */
export interface QueryOptions {
  /**
   * Name of a server-side prepared statement, for hot statements: Postgres
   * plans it once per connection. The same name must always carry the same SQL.
   * PGlite ignores it.
   */
  name?: string;
}

/** Something that runs SQL with positional parameters ($1, $2, ...). */
export interface Queryable {
  query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<R>>;
  /** Runs a script of several statements with no parameters (migrations). */
  execScript(sql: string): Promise<void>;
}

/** Which implementation backs a {@link Db}. */
export type DbKind = 'postgres' | 'pglite';

/** A database: queries, transactions, and a way to close it. */
export interface Db extends Queryable {
  readonly kind: DbKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when
   * it throws. Every statement inside must go through `tx`.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The database cannot serve this call: the embedded database failed and is
 * being reopened (retry shortly), or it failed beyond repair in this process.
 * Answered as 503 `service-unavailable`.
 *
 * @example
 * ```ts
 * if (error instanceof DatabaseUnavailableError) res.set('Retry-After', '1');
 * ```
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
