/**
 * Test helper: an app over a fresh database with an HL7 listener on an
 * ephemeral loopback port and one registered sender.
 *
 * @module
 */
import { RISK_RESCORE_QUEUE } from '../../../platform/jobs/rescore-jobs.js';
import { riskRescoreHandler } from '../../../doors/workers/risk-rescore-worker.js';
import type { Services } from '../../services.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { startHl7Listener, type Hl7ListenerOptions } from '../../../doors/mllp/hl7-listener.js';
import type { MllpServer } from '../../../doors/mllp/mllp-server.js';
import { registerHl7Sender, type Hl7Sender } from '../senders/hl7-senders.js';
import { connectMllp, type MllpTestClient } from './mllp-client.js';

/** Re-scoring workers of a test. */
export interface RescoreWorkers {
  /** Resolves once no re-scoring job is queued, running or awaiting a retry. */
  idle(timeoutMs?: number): Promise<void>;
}

/**
 * Starts re-scoring workers on a test's services.
 *
 * @example
 * ```ts
 * const workers = await startRescoreWorkers(t.services);
 * await workers.idle();
 * ```
 */
export async function startRescoreWorkers(
  services: Services,
  options: { caseAnalysis?: boolean } = {},
): Promise<RescoreWorkers> {
  await services.jobs.workRescores(riskRescoreHandler(services, options), 1, 0.5);
  const boss = await services.jobs.ready();
  return {
    async idle(timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while ((await boss.getQueueSize(RISK_RESCORE_QUEUE, { before: 'completed' })) > 0) {
        if (Date.now() > until) throw new Error('re-scoring jobs still pending');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** A running listener over a test app. */
export interface Hl7Harness {
  t: TestApp;
  listener: MllpServer;
  port: number;
  sender: Hl7Sender;
  /** The risk reaction (durable re-scoring jobs and a worker), when the harness was started with `react: true`. */
  reactor: RescoreWorkers | undefined;
  clients: MllpTestClient[];
  connect(): Promise<MllpTestClient>;
  /** Rows of a table of the test schema. */
  count(table: 'hl7_message' | 'fhir_resource' | 'audit_event', where?: string): Promise<number>;
  dispose(): Promise<void>;
}

/**
 * Starts a harness; the sender is MONITOR^WARD5 unless given.
 *
 * @example
 * ```ts
 * const h = await startHl7Harness('pglite');
 * const [ack] = await (await h.connect()).request(message);
 * ```
 */
export async function startHl7Harness(
  kind: 'pglite' | 'postgres',
  options: { sender?: [string, string]; listener?: Partial<Hl7ListenerOptions>; react?: boolean } = {},
): Promise<Hl7Harness> {
  const t = await createTestApp(kind, 'clinic-a');
  const [app, facility] = options.sender ?? ['MONITOR', 'WARD5'];
  const sender = await registerHl7Sender(t.db, {
    tenantId: t.tenantId,
    sendingApplication: app,
    sendingFacility: facility,
    name: 'Ward 5 monitors',
  });
  const reactor = options.react ? await startRescoreWorkers(t.services) : undefined;
  const listener = await startHl7Listener(t.services, { port: 0, host: '127.0.0.1', ...options.listener });
  const clients: MllpTestClient[] = [];
  const port = listener.address().port;
  return {
    t,
    listener,
    port,
    sender,
    clients,
    reactor,
    async connect() {
      const client = await connectMllp(port);
      clients.push(client);
      return client;
    },
    async count(table, where = 'true') {
      const { rows } = await t.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table} WHERE ${where}`);
      return Number(rows[0]!.n);
    },
    async dispose() {
      for (const c of clients) c.close();
      await listener.close(1000);
      await reactor?.idle().catch(() => undefined);
      await t.services.jobs.stop(1000);
      await t.dispose();
    },
  };
}

/**
 * The MSA fields of an acknowledgement (code, original control id, text) and ERR-3.1.
 *
 * @example
 * ```ts
 * msaOf(ack); // { code: 'AA', controlId: 'V1', text: '', errCode: undefined }
 * ```
 */
export function msaOf(ack: string): {
  code: string;
  controlId: string;
  text: string;
  errCode: string | undefined;
  type: string;
} {
  const segments = ack.split('\r');
  const msh = segments[0]!.split('|');
  const msa = (segments.find((s) => s.startsWith('MSA')) ?? '').split('|');
  const err = segments.find((s) => s.startsWith('ERR'))?.split('|');
  return {
    code: msa[1] ?? '',
    controlId: msa[2] ?? '',
    text: msa[3] ?? '',
    errCode: err?.[3]?.split('^')[0],
    type: msh[8] ?? '',
  };
}
