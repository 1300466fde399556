/**
 * The hook-event seam: after every answered CDS Hooks call, Meridian emits a
 * {@link HookEvent}, so other modules (the case-analysis queue, which
 * precomputes an analysis for the next look) can react without slowing the
 * hook. Listeners run after the response is sent; their errors are logged,
 * never thrown into the hook.
 *
 * @module
 */
import { EventEmitter } from 'node:events';

/** One answered hook call (references and ids only, no clinical values). */
export interface HookEvent {
  tenantId: string;
  serviceId: string;
  hook: string;
  hookInstance: string;
  /** `Patient/{id}`. */
  patient: string;
  /** `context.userId` (`Practitioner/123`). */
  user: string;
  encounter?: string;
  cards: ReadonlyArray<{ uuid: string; type: string; indicator: string }>;
  /** When the hook was answered (ISO 8601). */
  at: string;
}

/** A listener of hook events. */
export type HookEventListener = (event: HookEvent) => void | Promise<void>;

/**
 * Publishes hook events to subscribers.
 *
 * @example
 * ```ts
 * services.cdsHooks.events.subscribe((event) => queue.enqueue('case-analysis', { patient: event.patient }));
 * ```
 */
export class HookEvents {
  private readonly emitter = new EventEmitter();

  constructor(private readonly onListenerError: (error: unknown) => void = () => undefined) {
    this.emitter.setMaxListeners(50);
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: HookEventListener): () => void {
    const wrapped = (event: HookEvent) => {
      try {
        Promise.resolve(listener(event)).catch(this.onListenerError);
      } catch (error) {
        this.onListenerError(error);
      }
    };
    this.emitter.on('hook', wrapped);
    return () => this.emitter.off('hook', wrapped);
  }

  /** Emits an event on the next tick, after the caller has answered. */
  emit(event: HookEvent): void {
    if (this.emitter.listenerCount('hook') === 0) return;
    setImmediate(() => this.emitter.emit('hook', event));
  }
}
