#!/usr/bin/env node
/**
 * `meridian`: the administration CLI (tenants, API keys, EHR clients),
 * straight against the database, for the first key of a new deployment.
 * See `cli/cli-usage.ts` or run `meridian --help`.
 *
 * It opens `--database-url` (or `DATABASE_URL`), else the embedded PGlite in
 * `--data-dir` (or `MERIDIAN_DATA_DIR`, else the repository's
 * `.meridian-data`, from any working directory); it refuses a PGlite folder
 * that a running server holds, and says which database it opened.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataDir } from './boot/data-dir.js';
import { runCli } from './doors/cli/run-cli.js';
import { assertDataDirFree, lockDataDir } from './platform/store/data-dir-lock.js';
import { describePostgresUrl } from './platform/store/describe-database.js';
import { openDb } from './platform/store/open-db.js';

const result = await runCli(process.argv.slice(2), async (values) => {
  const databaseUrl = values['database-url'] || process.env.DATABASE_URL || undefined;
  if (databaseUrl) {
    const description = describePostgresUrl(databaseUrl);
    try {
      return { db: await openDb({ databaseUrl }), description };
    } catch (error) {
      throw new Error(`${description}: ${(error as Error).message}`, { cause: error });
    }
  }
  const dataDir = resolve(values['data-dir'] || process.env.MERIDIAN_DATA_DIR || defaultDataDir());
  const created = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Refused (DataDirLockedError) while a running server holds it; once open, held until this process exits.
  assertDataDirFree(dataDir);
  const db = await openDb({ dataDir });
  try {
    lockDataDir(dataDir, 'cli');
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, description: `embedded PGlite in ${dataDir}${created ? ' (new, empty)' : ''}` };
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exit(result.code);
