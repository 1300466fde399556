import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { answerClientErrors } from './http/client-errors.js';
import { RemoteTerminology } from '@meridian/fhir-adapter';
import { createApp } from './http/app.js';
import { hl7Port, InvalidConfigurationError, loadConfig, shouldSeedDemo, shouldServePortal, type Config } from './config.js';
import { seedDemoHl7Senders } from './demo/seed-demo-hl7.js';
import { createRiskReactor } from './alerts/risk-reactor.js';
import { startHl7Listener } from './hl7/hl7-listener.js';
import type { MllpServer } from './hl7/mllp/mllp-server.js';
import { seedDemoPatients, seedDemoTenant, DEMO_TENANT } from './demo/seed-demo-tenant.js';
import { migrate } from './store/migrate.js';
import { openDb } from './store/open-db.js';
import { createLogger, safeErrorFields } from './telemetry/logger.js';
import { createRiskCache } from './risk-assessment/risk-cache.js';
import { createServices } from './services.js';
import { SERVER_VERSION } from './version.js';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof InvalidConfigurationError)) throw error;
    // A configuration mistake is the operator's to fix: say what, without a stack trace.
    process.stderr.write(`Meridian cannot start: ${error.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger(config.LOG_LEVEL);
if (!config.DATABASE_URL) mkdirSync(config.MERIDIAN_DATA_DIR, { recursive: true });
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
const applied = await migrate(db);
logger.info({ database: db.kind, applied }, 'database ready');

let demoKey: string | undefined;
const portalDir = config.MERIDIAN_PORTAL_DIR ?? fileURLToPath(new URL('../../../examples/widgets-demo/dist', import.meta.url));
const services = createServices({
  db,
  logger,
  bodyLimit: config.MERIDIAN_BODY_LIMIT,
  publicUrl: config.MERIDIAN_PUBLIC_URL,
  riskCache: createRiskCache({ ttlSeconds: config.MERIDIAN_RISK_CACHE_TTL_SECONDS }),
  ...(config.TERMINOLOGY_URL ? { terminology: new RemoteTerminology({ baseUrl: config.TERMINOLOGY_URL, budgetMs: config.TERMINOLOGY_BUDGET_MS }) } : {}),
});
const app = createApp({
  services,
  version: SERVER_VERSION,
  portal: shouldServePortal(config) ? { dir: portalDir, demoApiKey: () => demoKey } : undefined,
  trustProxy: config.MERIDIAN_TRUST_PROXY ?? false,
});

let hl7Listener: MllpServer | undefined;
const mllpPort = hl7Port(config);

const server = createServer(app);
answerClientErrors(server, logger);
server.listen(config.PORT, config.HOST, async () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const where = db.kind === 'pglite' ? `embedded PGlite in ${config.MERIDIAN_DATA_DIR}` : 'Postgres (DATABASE_URL)';
  const lines = [`Meridian ${SERVER_VERSION} listening on http://localhost:${port} (${where})`];
  if (shouldSeedDemo(config)) {
    const key = await seedDemoTenant(db, config.MERIDIAN_DEMO_API_KEY);
    const patients = await seedDemoPatients(db);
    demoKey = key;
    lines.push(`Demo tenant: ${DEMO_TENANT.id}   API key: ${key}`);
    lines.push(`Demo patients: ${patients.join(', ')}`);
    if (shouldServePortal(config) && existsSync(`${portalDir}/index.html`)) lines.push(`Demo portal: http://localhost:${port}/`);
    lines.push(`Try: curl -H "Authorization: Bearer ${key}" -H "Content-Type: application/json" \\`);
    lines.push(`       -d '{"patient":"${patients[0]}","calculators":["news2","qsofa","curb-65"],"answers":{"consciousness":"A","supplementalOxygen":false}}' http://localhost:${port}/risk/assess`);
    const senders = await seedDemoHl7Senders(db);
    lines.push(`Demo HL7 senders: ${senders.map((s) => `${s.sendingApplication}^${s.sendingFacility}`).join(', ')}`);
  }
  if (mllpPort !== undefined) {
    const reactor = createRiskReactor(services);
    hl7Listener = await startHl7Listener(services, {
      onApplied: reactor.react,
      port: mllpPort, host: config.HL7_HOST, maxFrameBytes: config.HL7_MAX_FRAME_BYTES, maxConnections: config.HL7_MAX_CONNECTIONS,
      ...(config.HL7_TLS_CERT && config.HL7_TLS_KEY ? { tls: { cert: readFileSync(config.HL7_TLS_CERT), key: readFileSync(config.HL7_TLS_KEY) } } : {}),
    });
    lines.push(`HL7 v2 (MLLP${config.HL7_TLS_CERT ? ' over TLS' : ''}) listening on ${config.HL7_HOST}:${hl7Listener.address().port}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
});

async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close();
  await hl7Listener?.close().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
