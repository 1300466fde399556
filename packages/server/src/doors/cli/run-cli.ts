import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { issueApiKey, listApiKeysAudited, revokeApiKeyAudited } from '../../use-cases/administration/api-key-admin.js';
import {
  listEhrClientsAudited,
  registerEhrClient,
  revokeEhrClientAudited,
  updateEhrClientAudited,
} from '../../use-cases/administration/ehr-client-admin.js';
import {
  listHl7SendersAudited,
  registerHl7SenderAudited,
  revokeHl7SenderAudited,
} from '../../use-cases/administration/hl7-sender-admin.js';
import { createTenantAudited, listTenantsAudited } from '../../use-cases/administration/tenant-admin.js';
import { createAuditor } from '../../platform/audit/auditor.js';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import { DataDirLockedError } from '../../platform/store/data-dir-lock.js';
import type { Db } from '../../platform/store/db.js';
import { migrate } from '../../platform/store/migrate.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import { PLATFORM_TENANT_ID } from '../../platform/tenancy/tenants.js';
import { CLI_USAGE } from './cli-usage.js';

/** What one CLI invocation printed and how it ended. */
export interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** A database the CLI opened, with how to name it to the operator (never with credentials). */
export interface CliDatabase {
  db: Db;
  /** `embedded PGlite in /path`, `Postgres host:5432/db`. */
  description: string;
}

class UsageError extends Error {}

const OPTIONS = {
  tenant: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  expires: { type: 'string' },
  issuer: { type: 'string' },
  'jwks-url': { type: 'string' },
  'jwks-file': { type: 'string' },
  'jku-allow': { type: 'string', multiple: true },
  service: { type: 'string', multiple: true },
  'fhir-server': { type: 'string', multiple: true },
  application: { type: 'string' },
  facility: { type: 'string' },
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`missing --${flag}`);
  return value;
}

/** Which command a parsed command line names, and the database it needs. */
export function parseCliArgs(argv: string[]): { command: string; args: string[]; values: Values } {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [noun, verb, ...args] = positionals;
  return {
    command: noun === 'migrate' ? 'migrate' : `${noun ?? ''} ${verb ?? ''}`.trim(),
    args: noun === 'migrate' ? [verb ?? '', ...args].filter(Boolean) : args,
    values,
  };
}

async function dispatch(db: Db, command: string, args: string[], v: Values): Promise<unknown> {
  const audit = createAuditor(db);
  const actor = (tenantId: string) => actorFor(systemPrincipal(tenantId, 'cli'), `cli-${Date.now()}`);
  const platform = actor(PLATFORM_TENANT_ID);
  switch (command) {
    case 'migrate':
      return { applied: await migrate(db) };
    case 'tenant create':
      return createTenantAudited(audit, platform, {
        id: need(args[0], 'id (first argument)'),
        name: need(v.name, 'name'),
      });
    case 'tenant list':
      return listTenantsAudited(audit, platform);
    case 'key create':
      return issueApiKey(audit, platform, need(v.tenant, 'tenant'), {
        name: need(v.name, 'name'),
        role: need(v.role, 'role'),
        ...(v.expires ? { expiresAt: v.expires } : {}),
      });
    case 'key list':
      return listApiKeysAudited(audit, platform, need(v.tenant, 'tenant'));
    case 'key revoke':
      return revokeApiKeyAudited(audit, platform, need(v.tenant, 'tenant'), need(args[0], 'key id (argument)'));
    case 'ehr-client create': {
      const jwks = v['jwks-file'] ? JSON.parse(readFileSync(v['jwks-file'], 'utf8')) : undefined;
      const body = {
        issuer: need(v.issuer, 'issuer'),
        name: need(v.name, 'name'),
        jwksUrl: v['jwks-url'],
        jwks,
        jkuAllow: v['jku-allow'] ?? [],
        allowedServices: v.service ?? [],
        fhirServers: v['fhir-server'] ?? [],
      };
      return registerEhrClient(audit, platform, need(v.tenant, 'tenant'), body);
    }
    case 'ehr-client list':
      return listEhrClientsAudited(audit, platform, need(v.tenant, 'tenant'));
    case 'ehr-client update': {
      const changes = {
        ...(v.name ? { name: v.name } : {}),
        ...(v['jku-allow'] ? { jkuAllow: v['jku-allow'] } : {}),
        ...(v.service ? { allowedServices: v.service } : {}),
        ...(v['fhir-server'] ? { fhirServers: v['fhir-server'] } : {}),
      };
      return updateEhrClientAudited(
        audit,
        platform,
        need(v.tenant, 'tenant'),
        need(args[0], 'client id (argument)'),
        changes,
      );
    }
    case 'ehr-client revoke':
      return revokeEhrClientAudited(audit, platform, need(v.tenant, 'tenant'), need(args[0], 'client id (argument)'));
    case 'hl7-sender create':
      return registerHl7SenderAudited(audit, platform, need(v.tenant, 'tenant'), {
        sendingApplication: need(v.application, 'application'),
        sendingFacility: v.facility ?? '',
        name: need(v.name, 'name'),
      });
    case 'hl7-sender list':
      return listHl7SendersAudited(audit, platform, need(v.tenant, 'tenant'));
    case 'hl7-sender revoke':
      return revokeHl7SenderAudited(audit, platform, need(v.tenant, 'tenant'), need(args[0], 'sender id (argument)'));
    default:
      throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  }
}

/**
 * Runs one CLI command against an open database (migrated first) and reports
 * what to print: JSON on success, the OperationOutcome's text on refusal. When
 * `open` names the database, stderr starts with `meridian: database: …`; when
 * it cannot open it (a PGlite folder a running server holds), the reason, with
 * status 1.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runCli(['key', 'create', '--tenant', 'demo', '--name', 'Portal', '--role', 'clinician'], () => openDb({}));
 * ```
 */
export async function runCli(argv: string[], open: (values: Values) => Promise<Db | CliDatabase>): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${(error as Error).message}\n\n${CLI_USAGE}` };
  }
  if (parsed.values.help || !parsed.command)
    return {
      code: parsed.values.help ? 0 : 2,
      stdout: parsed.values.help ? CLI_USAGE : '',
      stderr: parsed.values.help ? '' : CLI_USAGE,
    };
  let db: Db;
  let opened = '';
  try {
    const target = await open(parsed.values);
    db = 'description' in target ? target.db : target;
    if ('description' in target) opened = `meridian: database: ${target.description}\n`;
  } catch (error) {
    if (error instanceof DataDirLockedError) return { code: 1, stdout: '', stderr: `refused: ${error.message}\n` };
    return { code: 1, stdout: '', stderr: `failed: cannot open the database: ${(error as Error).message}\n` };
  }
  try {
    await migrate(db);
    const result = await dispatch(db, parsed.command, parsed.args, parsed.values);
    return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: opened };
  } catch (error) {
    if (error instanceof UsageError)
      return { code: 2, stdout: '', stderr: `${opened}${error.message}\n\n${CLI_USAGE}` };
    if (error instanceof OutcomeError)
      return { code: 1, stdout: '', stderr: `${opened}refused (${error.code}): ${error.message}\n` };
    if (error instanceof SyntaxError)
      return { code: 1, stdout: '', stderr: `${opened}the JWKS file is not valid JSON: ${error.message}\n` };
    return { code: 1, stdout: '', stderr: `${opened}failed: ${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}
