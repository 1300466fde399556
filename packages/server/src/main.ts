import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { bootServices } from './boot/boot-services.js';
import { hl7Port, shouldSeedDemo, shouldServePortal } from './boot/config.js';
import { seedDemoHl7Senders } from './use-cases/demo/seed-demo-hl7.js';
import { startHl7Listener } from './doors/mllp/hl7-listener.js';
import type { MllpServer } from './doors/mllp/mllp-server.js';
import { seedDemoPatients, seedDemoTenant, DEMO_TENANT } from './use-cases/demo/seed-demo-tenant.js';
import { createApp } from './doors/http/app.js';
import { answerClientErrors } from './doors/http/client-errors.js';
import { precomputeOnPatientView } from './use-cases/case-analysis/precompute-on-patient-view.js';
import { startJobWorkers } from './doors/workers/start-workers.js';
import { seedDemoGuidelines } from './platform/rag/seed-demo-guidelines.js';
import { describePostgresUrl } from './platform/store/describe-database.js';
import { SERVER_VERSION } from './platform/telemetry/version.js';

const { services, config } = await bootServices();
if (config.MERIDIAN_PRECOMPUTE_ANALYSES === 'true') precomputeOnPatientView(services);
const { db, logger } = services;
const unsignedTenant = services.cdsHooks.unsignedDemoTenant;
let demoKey: string | undefined;
const portalDir =
  config.MERIDIAN_PORTAL_DIR ?? fileURLToPath(new URL('../../../examples/widgets-demo/dist', import.meta.url));
const app = createApp({
  services,
  version: SERVER_VERSION,
  portal: shouldServePortal(config)
    ? { dir: portalDir, demoApiKey: () => demoKey, cdsUnsigned: unsignedTenant !== undefined }
    : undefined,
  trustProxy: config.MERIDIAN_TRUST_PROXY ?? false,
});

let hl7Listener: MllpServer | undefined;
const mllpPort = hl7Port(config);

const server = createServer(app);
answerClientErrors(server, logger);
server.listen(config.PORT, config.HOST, () => {
  announceAndStart().catch((error: unknown) => {
    logger.fatal(
      { error: (error as Error).name, message: (error as Error).message },
      'start-up failed after listening',
    );
    process.exit(1);
  });
});

async function announceAndStart() {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const where =
    db.kind === 'pglite' || !config.DATABASE_URL
      ? `embedded PGlite in ${config.MERIDIAN_DATA_DIR}`
      : describePostgresUrl(config.DATABASE_URL);
  const lines = [`Meridian ${SERVER_VERSION} listening on http://localhost:${port} (${where})`];
  if (shouldSeedDemo(config)) {
    const key = await seedDemoTenant(db, config.MERIDIAN_DEMO_API_KEY);
    const patients = await seedDemoPatients(db);
    demoKey = key;
    lines.push(`Demo tenant: ${DEMO_TENANT.id}   API key: ${key}`);
    lines.push(`Demo patients: ${patients.join(', ')}`);
    if (shouldServePortal(config) && existsSync(`${portalDir}/index.html`))
      lines.push(`Demo portal: http://localhost:${port}/`);
    if (unsignedTenant)
      lines.push(
        `DEMO MODE: unsigned CDS Hooks calls are accepted for tenant ${unsignedTenant} (audited as unverified); never use this with real data.`,
      );
    if (config.MERIDIAN_DEMO_GUIDELINES !== 'false') {
      const loaded = await seedDemoGuidelines(db, DEMO_TENANT.id, services.caseAnalysis.retriever);
      lines.push(
        `Demo guidelines (demo content, not clinical guidance): ${loaded ? `${loaded} documents loaded` : 'already loaded'}`,
      );
    }
    const senders = await seedDemoHl7Senders(db);
    lines.push(`Demo HL7 senders: ${senders.map((s) => `${s.sendingApplication}^${s.sendingFacility}`).join(', ')}`);
    lines.push(`Try: curl -H "Authorization: Bearer ${key}" -H "Content-Type: application/json" \\`);
    lines.push(
      `       -d '{"patient":"${patients[0]}","calculators":["news2","qsofa","curb-65"],"answers":{"consciousness":"A","supplementalOxygen":false}}' http://localhost:${port}/risk/assess`,
    );
  }
  if (mllpPort !== undefined) {
    hl7Listener = await startHl7Listener(services, {
      port: mllpPort,
      host: config.HL7_HOST,
      maxFrameBytes: config.HL7_MAX_FRAME_BYTES,
      maxConnections: config.HL7_MAX_CONNECTIONS,
      ...(config.HL7_TLS_CERT && config.HL7_TLS_KEY
        ? { tls: { cert: readFileSync(config.HL7_TLS_CERT), key: readFileSync(config.HL7_TLS_KEY) } }
        : {}),
    });
    lines.push(
      `HL7 v2 (MLLP${config.HL7_TLS_CERT ? ' over TLS' : ''}) listening on ${config.HL7_HOST}:${hl7Listener.address().port}`,
    );
  }
  if (config.MERIDIAN_WORKERS > 0) await startJobWorkers(services, config.MERIDIAN_WORKERS);
  lines.push(
    `Case analysis: ${services.caseAnalysis.defaultEndpoint ? `models ${services.caseAnalysis.defaultEndpoint.models.map((m) => m.model).join(' → ')} then rules` : 'rules engine (no LLM_BASE_URL)'}; ${config.MERIDIAN_WORKERS} in-process worker(s); retrieval ${services.caseAnalysis.retriever.method}`,
  );
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close();
  await hl7Listener?.close().catch(() => undefined);
  await services.jobs.stop(10_000);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
