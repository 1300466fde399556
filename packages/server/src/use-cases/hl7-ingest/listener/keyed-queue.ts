/**
 * Serialises work by key, in the order it was asked for: messages for the same
 * patient are applied in arrival order, messages for different patients in
 * parallel. Work on several keys (a merge) waits for all of them.
 *
 * @module
 */

/**
 * A FIFO lock per key.
 *
 * @example
 * ```ts
 * const queue = new KeyedQueue();
 * await queue.run(['demo|Patient/1'], () => applyMessage());
 * ```
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Keys with work queued or running (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }

  /** Runs `work` once every earlier work on any of `keys` has finished. */
  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)];
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const previous = unique.map((key) => this.tails.get(key) ?? Promise.resolve());
    for (const key of unique) this.tails.set(key, done);
    try {
      await Promise.all(previous);
      return await work();
    } finally {
      release();
      for (const key of unique) if (this.tails.get(key) === done) this.tails.delete(key);
    }
  }
}
