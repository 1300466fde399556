/**
 * The top frames of a V8 CPU profile (`node --cpu-prof`): self time and
 * inclusive time per function, as percentages of all samples.
 *
 *   node bench/profile-top.mjs bench/profiles/<file>.cpuprofile [count]
 */
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const count = Number(process.argv[3] ?? 20);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}`.trim();
const spent = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  spent.set(id, (spent.get(id) ?? 0) + dt);
  total += dt;
});
const self = new Map();
const inclusive = new Map();
for (const [id, t] of spent) {
  self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + t);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = name(byId.get(at));
    if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    seen.add(key);
  }
}
const top = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`self time\n${top(self)}\n\ninclusive time\n${top(inclusive)}`);
