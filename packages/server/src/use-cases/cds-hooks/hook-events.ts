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
import type { PatientContext } from '@meridian/fhir-adapter';

/** One answered hook call (references and ids, no clinical values, except the in-memory {@link HookEvent.input}). */
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
  /**
   * patient-view only: what the EHR sent, for a subscriber that analyses it
   * (the EHR's patient may not be stored in Meridian). Clinical data held in
   * memory for in-process subscribers only: never logged, and sealed with the
   * field encryption before it reaches the database (the job's payload).
   */
  input?: HookInput;
}

/** The data a hook answered from: its PatientContext and the prefetch it was built from. */
export interface HookInput {
  context: PatientContext;
  /** Template name -> resource, Bundle or array of resources, as gathered (sent or fetched). */
  prefetch: Record<string, unknown>;
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
