/** States of a {@link CircuitBreaker}. */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** Options of a circuit breaker. */
export interface BreakerOptions {
  /** Consecutive failures that open the circuit (default 3). */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe is let through (default 30 000 ms). */
  openForMs?: number;
  now?: () => number;
}

/**
 * A circuit breaker for one endpoint: closed while calls succeed; open after
 * `failureThreshold` consecutive failures (calls are refused at once); after
 * `openForMs`, half-open: one probe goes through, and its outcome closes or
 * re-opens the circuit.
 *
 * @example
 * ```ts
 * const breaker = new CircuitBreaker({ failureThreshold: 3, openForMs: 30_000 });
 * if (breaker.tryAcquire()) { try { await call(); breaker.success(); } catch { breaker.failure(); } }
 * ```
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private currentState: BreakerState = 'closed';
  private readonly threshold: number;
  private readonly openForMs: number;
  private readonly now: () => number;

  constructor(options: BreakerOptions = {}) {
    this.threshold = options.failureThreshold ?? 3;
    this.openForMs = options.openForMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** The state now (an open circuit whose time is up reads as half-open). */
  get state(): BreakerState {
    if (this.currentState === 'open' && this.now() - this.openedAt >= this.openForMs) return 'half-open';
    return this.currentState;
  }

  /** Whether a call may go out now; in half-open, only one probe at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.currentState = 'half-open';
    this.probing = true;
    return true;
  }

  /** Records a success: the circuit closes. */
  success(): void {
    this.failures = 0;
    this.probing = false;
    this.currentState = 'closed';
  }

  /** Records a failure: a failed probe, or the threshold reached, opens the circuit. */
  failure(): void {
    this.failures++;
    if (this.probing || this.failures >= this.threshold) {
      this.currentState = 'open';
      this.openedAt = this.now();
      this.probing = false;
    }
  }

  /** Releases a half-open probe whose call ended neither way (an invalid answer from a live endpoint). */
  release(): void {
    if (this.probing) this.success();
  }
}
