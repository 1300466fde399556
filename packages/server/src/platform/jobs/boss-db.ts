import type PgBoss from 'pg-boss';
import type { Queryable } from '../store/db.js';

/**
 * pg-boss's database adapter over Meridian's {@link Queryable}, the same on
 * PGlite and Postgres: statements with parameters go through `query`; a
 * parameterless one through `query` too, unless it holds several statements
 * (pg-boss's migrations), which go through `execScript`. With `preparedAs`,
 * parameterized statements run as that named prepared statement (give it only
 * to a caller that always runs the same statement).
 *
 * @example
 * ```ts
 * const boss = new PgBoss({ db: bossDb(db), schema: 'pgboss' });
 * await boss.send('case-analysis', data, { db: bossDb(tx) }); // inside the caller's transaction
 * ```
 */
export function bossDb(q: Queryable, preparedAs?: string): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // `preparedAs`: a name for a caller that runs one statement often (planned once per connection).
      if (values.length) return q.query(text, values, preparedAs ? { name: preparedAs } : undefined);
      try {
        const result = await q.query(text);
        return { rows: Array.isArray(result.rows) ? result.rows : [] };
      } catch (error) {
        if (!/multiple commands/i.test((error as Error).message)) throw error;
        await q.execScript(text);
        return { rows: [] };
      }
    },
  };
}
