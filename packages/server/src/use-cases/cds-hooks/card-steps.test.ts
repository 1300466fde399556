import { describe, expect, it } from 'vitest';
import { buildCard } from './cards/card-builder.js';
import { runCardSteps, type CardStep } from './card-steps.js';
import { DEADLINE_SLACK_MS, PEER_HANG_MS } from '../../testing/timing.js';

const card = (summary: string) => [buildCard({ type: 'red-flag', summary, indicator: 'warning' })];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runCardSteps', () => {
  it('answers the cards that are ready when an async step outlives the budget, and names what was cut', async () => {
    const steps: CardStep[] = [
      { name: 'fast', run: () => card('fast') },
      { name: 'slow-lookup', run: async () => (await sleep(PEER_HANG_MS), card('slow')) },
      { name: 'after', run: () => card('after') },
    ];
    const started = Date.now();
    const { cards, cut } = await runCardSteps(steps, started + 80);
    expect(Date.now() - started).toBeLessThan(80 + DEADLINE_SLACK_MS);
    expect(cards.map((c) => c.card.summary)).toEqual(['fast']);
    expect(cut).toEqual(['slow-lookup', 'after']);
  });

  it('runs every step inside the budget, and reports a failing step without losing the others', async () => {
    const failures: string[] = [];
    const steps: CardStep[] = [
      {
        name: 'broken',
        run: () => {
          throw new Error('bug');
        },
      },
      { name: 'ok', run: async () => card('ok') },
    ];
    const { cards, cut } = await runCardSteps(steps, Date.now() + 1000, (step) => failures.push(step));
    expect(cards.map((c) => c.card.summary)).toEqual(['ok']);
    expect(cut).toEqual(['broken (failed)']);
    expect(failures).toEqual(['broken']);
  });

  it('cuts everything when the deadline has already passed', async () => {
    expect(await runCardSteps([{ name: 'a', run: () => card('a') }], Date.now() - 1)).toEqual({
      cards: [],
      cut: ['a'],
    });
  });
});
