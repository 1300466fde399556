import type { Db, Queryable } from './db.js';
import { init } from './migrations/0001-init.js';
import { fhirSearch } from './migrations/0002-fhir-search.js';
import { administration } from './migrations/0003-administration.js';
import { hl7 } from './migrations/0005-hl7.js';
import { alerts } from './migrations/0006-alerts.js';
import { cdsHooksTrust } from './migrations/0007-cds-hooks-trust.js';
import { cdsHooksFeedback } from './migrations/0008-cds-hooks-feedback.js';
import { caseAnalysis } from './migrations/0009-case-analysis.js';
import { jobs } from './migrations/0010-jobs.js';
import { precomputedAnalyses } from './migrations/0014-precomputed-analyses.js';
import { ehrClientFhirServers } from './migrations/0016-ehr-client-fhir-servers.js';
import { scoringReads } from './migrations/0017-scoring-reads.js';

/** One schema migration: applied once, in version order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'fhir-search', sql: fhirSearch },
  { version: 3, name: 'administration', sql: administration },
  { version: 5, name: 'hl7', sql: hl7 },
  { version: 6, name: 'alerts', sql: alerts },
  { version: 7, name: 'cds-hooks-trust', sql: cdsHooksTrust },
  { version: 8, name: 'cds-hooks-feedback', sql: cdsHooksFeedback },
  { version: 9, name: 'case-analysis', sql: caseAnalysis },
  { version: 10, name: 'jobs', sql: jobs },
  { version: 14, name: 'precomputed-analyses', sql: precomputedAnalyses },
  { version: 16, name: 'ehr-client-fhir-servers', sql: ehrClientFhirServers },
  { version: 17, name: 'scoring-reads', sql: scoringReads },
];

/** The version the code expects the database to be at. */
export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

async function appliedVersions(q: Queryable): Promise<Set<number>> {
  const { rows } = await q.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((r) => r.version));
}

/**
 * Applies the migrations the database lacks, in one transaction under an
 * advisory lock (so replicas starting together do not race). Returns the
 * versions applied.
 *
 * @example
 * ```ts
 * await migrate(db); // [1] on a new database, [] after
 * ```
 */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('meridian-migrate:' || current_schema()))`);
    await tx.execScript(CREATE_MIGRATIONS_TABLE);
    const applied = await appliedVersions(tx);
    const done: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await tx.execScript(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}

/**
 * The highest migration version applied, or 0 when none (or no table yet).
 *
 * @example
 * ```ts
 * (await currentMigration(db)) === LATEST_MIGRATION;
 * ```
 */
export async function currentMigration(db: Queryable): Promise<number> {
  try {
    const { rows } = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    return rows[0]?.v ?? 0;
  } catch {
    return 0;
  }
}
