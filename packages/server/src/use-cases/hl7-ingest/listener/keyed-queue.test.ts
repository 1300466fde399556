import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedQueue', () => {
  it('runs work of one key in the order asked, whatever each takes', async () => {
    const queue = new KeyedQueue();
    const order: number[] = [];
    await Promise.all(
      [30, 5, 15, 0].map((ms, i) =>
        queue.run(['p1'], async () => {
          await sleep(ms);
          order.push(i);
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3]);
    expect(queue.size).toBe(0);
  });

  it('runs different keys in parallel, and multi-key work after all of its keys', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const a = queue.run(['a'], async () => {
      await sleep(30);
      log.push('a');
    });
    const b = queue.run(['b'], async () => {
      await sleep(5);
      log.push('b');
    });
    const ab = queue.run(['a', 'b'], async () => {
      log.push('ab');
    });
    const b2 = queue.run(['b'], async () => {
      log.push('b2');
    });
    await Promise.all([a, b, ab, b2]);
    expect(log).toEqual(['b', 'a', 'ab', 'b2']);
  });

  it('releases a key when work fails', async () => {
    const queue = new KeyedQueue();
    await expect(
      queue.run(['k'], async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(await queue.run(['k'], async () => 'next')).toBe('next');
  });
});
