/**
 * The HL7 v2 listener: an MLLP server whose frames go through
 * `receiveHl7Payload`, with logs (no payloads, no PHI) and metrics.
 *
 * @module
 */
import { safeErrorFields } from '../../platform/telemetry/logger.js';
import type { Services } from '../../use-cases/services.js';
import { startMllpServer, type MllpServer, type MllpServerOptions } from './mllp-server.js';
import { createListenerContext, type AppliedMessage } from '../../use-cases/hl7-ingest/listener/listener-context.js';
import { receiveHl7Payload } from '../../use-cases/hl7-ingest/listener/receive-payload.js';
import type { Hl7MappingOptions } from '@meridian/fhir-adapter';

/**
 * Options of {@link startHl7Listener}: the MLLP server's, the mapping's, and
 * the reaction to committed messages.
 *
 * @example
 * ```ts
 * const options: Hl7ListenerOptions = { port: 2575, host: '0.0.0.0', maxFrameBytes: 10 * 1024 * 1024 };
 * ```
 */
export type Hl7ListenerOptions = Omit<MllpServerOptions, 'onEvent'> & {
  mapping?: Hl7MappingOptions;
  onApplied?: (applied: AppliedMessage) => void;
  /**
   * Queue a durable risk re-scoring job for each patient of a committed
   * message, in the message's transaction (default true; `false` only for
   * the bench's baseline). Workers started with `riskRescoreHandler` run them.
   */
  rescore?: boolean;
  /** How long a group commit may wait for more messages under load (default 4 ms; 0: never). */
  gatherMs?: number;
};

/**
 * Starts the listener; resolves once it accepts connections.
 *
 * @example
 * ```ts
 * const listener = await startHl7Listener(services, { port: 2575, host: '0.0.0.0' });
 * await listener.close();
 * ```
 */
export async function startHl7Listener(services: Services, options: Hl7ListenerOptions): Promise<MllpServer> {
  const { mapping, onApplied, rescore = true, gatherMs, ...mllp } = options;
  // The re-scoring jobs are queued inside the commit: the queue is started before any transaction.
  if (rescore) await services.jobs.ready();
  const context = createListenerContext(services, {
    ...(mapping ? { mapping } : {}),
    ...(onApplied ? { onApplied } : {}),
    rescore,
    ...(gatherMs !== undefined ? { gatherMs } : {}),
  });
  const { logger, metrics } = services;
  return startMllpServer(
    {
      ...mllp,
      onEvent: (event) => {
        if (event.type === 'handler-error')
          logger.error(
            { hl7: { connection: event.connectionId }, ...safeErrorFields(event.error) },
            'hl7 message not processed; connection closed unanswered',
          );
        else if (event.type === 'socket-error')
          logger.debug(
            { hl7: { connection: event.connectionId }, ...safeErrorFields(event.error) },
            'mllp socket error',
          );
        else if (event.type === 'connection' || event.type === 'close')
          logger.debug({ hl7: { connection: event.connectionId } }, `mllp ${event.type}`);
        else logger.warn({ hl7: event }, `mllp ${event.type}`);
        metrics.mllpEvents.inc({ event: event.type });
      },
    },
    async (frame, peer) => {
      const started = process.hrtime.bigint();
      const { replies, messages } = await receiveHl7Payload(context, frame, peer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      for (const m of messages) {
        metrics.hl7Messages.inc({ outcome: m.outcome });
        const level = m.outcome === 'failed' || m.outcome === 'rejected' ? 'warn' : 'debug';
        logger[level](
          {
            hl7: { connection: peer.connectionId, messageId: m.messageId, tenantId: m.tenantId, outcome: m.outcome },
            durationMs: Math.round(seconds * 1000),
          },
          'hl7 message',
        );
      }
      metrics.hl7AckSeconds.observe(seconds);
      return replies;
    },
  );
}
