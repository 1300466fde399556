import { mkdirSync } from 'node:fs';
import { RemoteTerminology } from '@meridian/fhir-adapter';
import { loadEncryptionKey } from '../platform/crypto/load-encryption-key.js';
import { InvalidConfigurationError, loadConfig, unsignedCdsTenant, type Config } from './config.js';
import { DEMO_TENANT } from '../use-cases/demo/seed-demo-tenant.js';
import { transcriptionConfigFromEnv } from '../use-cases/documents/transcription-config.js';
import { llmConfigFromEnv } from '../platform/llm/llm-config.js';
import { createGuidelineRetriever } from '../platform/rag/create-retriever.js';
import { createRiskCache } from '../use-cases/risk-assessment/risk-cache.js';
import { createServices, type Services } from '../use-cases/services.js';
import { migrate } from '../platform/store/migrate.js';
import { assertDataDirFree, DataDirLockedError, lockDataDir } from '../platform/store/data-dir-lock.js';
import { openDb } from '../platform/store/open-db.js';
import { createLogger, safeErrorFields } from '../platform/telemetry/logger.js';

/** Reads the configuration; on a mistake, says what is wrong (no stack trace) and exits 1. */
function readConfig(env: Record<string, string | undefined>): Config {
  try {
    const config = loadConfig(env);
    unsignedCdsTenant(config, DEMO_TENANT.id);
    return config;
  } catch (error) {
    if (!(error instanceof InvalidConfigurationError)) throw error;
    // A configuration mistake is the operator's to fix: say what, without a stack trace.
    process.stderr.write(`Meridian cannot start: ${error.message}\n`);
    process.exit(1);
  }
}

/** When a running process holds the embedded database's folder: says which, and exits 1. */
function exitIfHeld(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    process.stderr.write(`Meridian cannot start: ${error.message}\n`);
    process.exit(1);
  }
}

/**
 * Reads the configuration, opens and migrates the database, and builds the
 * services of a server or worker process.
 *
 * @example
 * ```ts
 * const { services, config } = await bootServices();
 * ```
 *
 * On PGlite the data folder is locked for this process (see `lockDataDir`)
 * until it exits: `holder` names it in the lock.
 */
export async function bootServices(
  env: Record<string, string | undefined> = process.env,
  holder: 'server' | 'worker' = 'server',
): Promise<{ services: Services; config: Config }> {
  const config = readConfig(env);
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DATABASE_URL) {
    mkdirSync(config.MERIDIAN_DATA_DIR, { recursive: true });
    exitIfHeld(() => assertDataDirFree(config.MERIDIAN_DATA_DIR));
  }
  const db = await openDb({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.MERIDIAN_DATA_DIR,
    onRestart: (cause) => logger.error({ ...safeErrorFields(cause) }, 'the embedded database crashed and was reopened'),
    onUnrecoverable: (cause) => {
      // Answering 503 forever helps no one: exit, so that a supervisor starts a fresh process.
      logger.fatal({ ...safeErrorFields(cause) }, 'the embedded database crashed and could not be reopened; exiting');
      process.exit(1);
    },
  });
  // Held by this process until it exits (PGlite makes a new cluster only in an empty folder: lock once open).
  if (!config.DATABASE_URL) exitIfHeld(() => lockDataDir(config.MERIDIAN_DATA_DIR, holder));
  const applied = await migrate(db);
  logger.info({ database: db.kind, applied }, 'database ready');
  const { key, source } = loadEncryptionKey(
    config.MERIDIAN_ENCRYPTION_KEY,
    config.DATABASE_URL ? undefined : config.MERIDIAN_DATA_DIR,
  );
  if (source === 'ephemeral')
    logger.warn('MERIDIAN_ENCRYPTION_KEY is not set: encrypted records written now cannot be read after a restart');
  const unsignedTenant = unsignedCdsTenant(config, DEMO_TENANT.id);
  if (unsignedTenant)
    logger.warn(
      { tenant: unsignedTenant },
      'DEMO MODE: unsigned CDS Hooks calls are accepted for the demo tenant and audited as unverified',
    );
  const services = createServices({
    db,
    logger,
    bodyLimit: config.MERIDIAN_BODY_LIMIT,
    publicUrl: config.MERIDIAN_PUBLIC_URL,
    analysisFreshnessMs: config.MERIDIAN_ANALYSIS_FRESHNESS_MS,
    riskCache: createRiskCache({ ttlSeconds: config.MERIDIAN_RISK_CACHE_TTL_SECONDS }),
    ...(config.TERMINOLOGY_URL
      ? {
          terminology: new RemoteTerminology({
            baseUrl: config.TERMINOLOGY_URL,
            budgetMs: config.TERMINOLOGY_BUDGET_MS,
          }),
        }
      : {}),
    cdsHooks: {
      defaultBudgetMs: config.MERIDIAN_CDS_BUDGET_MS,
      unsignedDemoTenant: unsignedTenant,
      keySets: { timeoutMs: config.MERIDIAN_JWKS_TIMEOUT_MS },
    },
    extraction: { queueThresholdChars: config.MERIDIAN_EXTRACTION_QUEUE_CHARS },
    documents: { bodyLimit: config.MERIDIAN_DOCUMENT_BODY_LIMIT, transcription: transcriptionConfigFromEnv(config) },
    caseAnalysis: {
      defaultEndpoint: llmConfigFromEnv(config),
      encryptionKey: key,
      retriever: await createGuidelineRetriever(db, config),
    },
  });
  return { services, config };
}
