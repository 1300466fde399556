#!/usr/bin/env node
/**
 * `meridian`: the administration CLI (tenants, API keys, EHR clients),
 * straight against the database, for the first key of a new deployment.
 * See `cli/cli-usage.ts` or run `meridian --help`.
 */
import { mkdirSync } from 'node:fs';
import { runCli } from './doors/cli/run-cli.js';
import { openDb } from './platform/store/open-db.js';

const result = await runCli(process.argv.slice(2), async (values) => {
  const databaseUrl = values['database-url'] || process.env.DATABASE_URL || undefined;
  const dataDir = values['data-dir'] || process.env.MERIDIAN_DATA_DIR || './.meridian-data';
  if (!databaseUrl) mkdirSync(dataDir, { recursive: true });
  return openDb({ databaseUrl, dataDir });
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exit(result.code);
