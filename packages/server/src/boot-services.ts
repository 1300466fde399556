import { mkdirSync } from 'node:fs';
import { loadEncryptionKey } from './case-analysis/load-encryption-key.js';
import { loadConfig, type Config } from './config.js';
import { llmConfigFromEnv } from './llm/llm-config.js';
import { createGuidelineRetriever } from './rag/create-retriever.js';
import { createRiskCache } from './risk-assessment/risk-cache.js';
import { createServices, type Services } from './services.js';
import { migrate } from './store/migrate.js';
import { openDb } from './store/open-db.js';
import { createLogger } from './telemetry/logger.js';

/**
 * Reads the configuration, opens and migrates the database, and builds the
 * services of a server or worker process.
 *
 * @example
 * ```ts
 * const { services, config } = await bootServices();
 * ```
 */
export async function bootServices(env: Record<string, string | undefined> = process.env): Promise<{ services: Services; config: Config }> {
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DATABASE_URL) mkdirSync(config.MERIDIAN_DATA_DIR, { recursive: true });
  const db = await openDb({ databaseUrl: config.DATABASE_URL, dataDir: config.MERIDIAN_DATA_DIR });
  const applied = await migrate(db);
  logger.info({ database: db.kind, applied }, 'database ready');
  const { key, source } = loadEncryptionKey(config.MERIDIAN_ENCRYPTION_KEY, config.DATABASE_URL ? undefined : config.MERIDIAN_DATA_DIR);
  if (source === 'ephemeral') logger.warn('MERIDIAN_ENCRYPTION_KEY is not set: encrypted records written now cannot be read after a restart');
  const defaultEndpoint = llmConfigFromEnv(config);
  const services = createServices({
    db,
    logger,
    bodyLimit: config.MERIDIAN_BODY_LIMIT,
    riskCache: createRiskCache({ ttlSeconds: config.MERIDIAN_RISK_CACHE_TTL_SECONDS }),
    caseAnalysis: { defaultEndpoint, encryptionKey: key, retriever: await createGuidelineRetriever(db, config) },
  });
  return { services, config };
}
