/**
 * Splits the guardrail's two evaluation sets ONCE into a tune half and a
 * held-out half, and writes the split into each item (`split`), so that the
 * split never moves when the guardrail changes.
 *
 *   node scripts/safety/split-guardrail-sets.mjs          (seed 17)
 *
 * The shuffle is a Fisher-Yates over the items in file order, driven by
 * mulberry32(SEED); the first half (rounded down) is `tune`. Items that
 * already carry a split keep it: the script refuses to re-split a set.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SEED = 17;
const FILES = ['fixtures/safety/adversarial.json', 'fixtures/safety/benign.json'];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const file of FILES) {
  const items = JSON.parse(readFileSync(file, 'utf8'));
  if (items.some((item) => item.split)) {
    console.log(`${file}: already split, left as it is`);
    continue;
  }
  const random = mulberry32(SEED);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const tune = new Set(order.slice(0, Math.floor(items.length / 2)));
  const prefix = file.includes('adversarial') ? 'adv' : 'ben';
  const out = items.map((item, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, '0')}`,
    split: tune.has(i) ? 'tune' : 'held-out',
    ...item,
  }));
  writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${file}: ${out.length} items, ${tune.size} tune, ${out.length - tune.size} held-out (seed ${SEED})`);
}
