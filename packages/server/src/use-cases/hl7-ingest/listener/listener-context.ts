/**
 * What the HL7 listener's message processing needs, built once per listener.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { Hl7MappingOptions } from '@meridian/fhir-adapter';
import type { Services } from '../../services.js';
import type { Actor } from '../../../platform/tenancy/actor.js';
import { createCommitBatcher, type CommitBatcher } from './commit-batcher.js';
import { KeyedQueue } from './keyed-queue.js';
import { createSenderCache, type SenderLookup } from '../senders/sender-cache.js';

/**
 * A message whose data committed: what the reaction (risk re-scoring) needs.
 *
 * @example
 * ```ts
 * const applied: AppliedMessage = { tenantId: 'demo', patients: ['Patient/1'], messageId: 'hl7m-…', messageType: 'ORU^R01', actor };
 * ```
 */
export interface AppliedMessage {
  tenantId: string;
  patients: readonly string[];
  messageId: string;
  messageType: string;
  actor: Actor;
}

/**
 * The listener's shared state.
 *
 * @example
 * ```ts
 * const context = createListenerContext(services, { onApplied: (m) => react(m) });
 * ```
 */
export interface Hl7ListenerContext {
  services: Services;
  /** Per-patient arrival order. */
  queue: KeyedQueue;
  /** Group commit of applied messages. */
  batcher: CommitBatcher;
  /** Registered senders (the process's cache, `services.hl7Senders`, unless the listener was given its own TTL). */
  senders: SenderLookup;
  mapping: Hl7MappingOptions;
  /** Called once a message's data has committed (never awaited by the acknowledgement). */
  onApplied?: ((applied: AppliedMessage) => void) | undefined;
  newMessageId(): string;
}

/**
 * A listener context over the process's services.
 *
 * @example
 * ```ts
 * const context = createListenerContext(services);
 * ```
 */
export function createListenerContext(
  services: Services,
  options: {
    mapping?: Hl7MappingOptions;
    onApplied?: (applied: AppliedMessage) => void;
    senderCacheMs?: number;
    rescore?: boolean;
    gatherMs?: number;
  } = {},
): Hl7ListenerContext {
  return {
    services,
    queue: new KeyedQueue(),
    batcher: createCommitBatcher(services, {
      rescore: options.rescore ?? true,
      ...(options.gatherMs !== undefined ? { gatherMs: options.gatherMs } : {}),
    }),
    senders:
      options.senderCacheMs === undefined
        ? services.hl7Senders
        : createSenderCache(services.db, { ttlMs: options.senderCacheMs }),
    mapping: options.mapping ?? {},
    onApplied: options.onApplied,
    newMessageId: () => `hl7m-${Date.now().toString(36)}-${randomBytes(5).toString('hex')}`,
  };
}
