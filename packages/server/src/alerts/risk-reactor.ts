/**
 * Runs the reaction to committed HL7 messages: each patient a message touched
 * is re-scored after the commit (the acknowledgement does not wait), one
 * patient's re-scorings in order. A failure is logged; the next message for
 * the patient re-scores from the whole record anyway.
 *
 * @module
 */
import { KeyedQueue } from '../hl7/listener/keyed-queue.js';
import type { AppliedMessage } from '../hl7/listener/listener-context.js';
import type { Services } from '../services.js';
import { safeErrorFields } from '../telemetry/logger.js';
import { rescorePatient } from './rescore-patient.js';

/** The reaction of one process. */
export interface RiskReactor {
  /** Queues the re-scoring of every patient of a committed message. */
  react(applied: AppliedMessage): void;
  /** Resolves once nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
}

/**
 * A reactor over the process's services.
 *
 * @example
 * ```ts
 * const reactor = createRiskReactor(services);
 * await startHl7Listener(services, { port: 2575, host: '0.0.0.0', onApplied: reactor.react });
 * ```
 */
export function createRiskReactor(services: Services): RiskReactor {
  const queue = new KeyedQueue();
  const running = new Set<Promise<unknown>>();
  return {
    react(applied) {
      const retired = new Set(applied.messageType === 'ADT^A40' ? applied.patients.slice(1) : []);
      for (const patient of applied.patients) {
        if (retired.has(patient)) continue;
        const work = queue.run([`${applied.tenantId}|${patient}`], () => rescorePatient(services, applied.tenantId, patient, { triggeredBy: applied.messageId }))
          .catch((error: unknown) => services.logger.error({ hl7: { messageId: applied.messageId }, ...safeErrorFields(error) }, 'risk re-scoring failed'));
        running.add(work);
        void work.finally(() => running.delete(work));
      }
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
