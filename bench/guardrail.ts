/**
 * bench/guardrail: the no-dosing guardrail on its two evaluation sets
 * (fixtures/safety: 248 adversarial phrasings, 251 benign clinical
 * sentences, each split once into tune and held-out halves, seed 17), and
 * the case-analysis latency with today's guardrail against the one before
 * issue #17, in the same run.
 *
 * Sets: every item is put into every placement of every response shape
 * (case analysis, patient summary and its Bundle, note extraction, CDS
 * cards: 16 placements, free-text fields appended to, names and labels
 * replaced; an item split across fields goes into two neighbouring fields)
 * and the answer walked. An adversarial item SURVIVES if its text is still
 * in any placement's answer (both parts, for a split item); a benign one is
 * ALTERED if any placement dropped anything. The string-level figure is
 * `POST /safety/check` (`guardText`), today's and the old one's.
 *
 * Latency: two worker processes, each a Meridian app on PGlite with a
 * scripted model whose draft carries doses, one with today's guardrail and
 * one with the old (`--import bench/guardrail/register-legacy.mjs`), running
 * the case-analysis use case in turn, alternating which goes first.
 *
 *   npm run bench:guardrail          (ROUNDS=150 to change; SETS_ONLY=1 skips the latency; AA=1 puts today's
 *                                     guardrail on both sides, to see the noise between two identical workers)
 */
import { fork } from 'node:child_process';
import { readFixture } from '@meridian/fixtures';
import { guardCaseAnalysis } from '../packages/server/src/engines/safety/guard-outputs.js';
import { guardResponse } from '../packages/server/src/engines/safety/guard-response.js';
import { guardText } from '../packages/server/src/engines/safety/guard-text.js';
import { responseLeaves, type JsonPath } from '../packages/server/src/engines/safety/response-leaves.js';
import { RESPONSE_SHAPES } from '../packages/server/src/engines/safety/testing/response-shapes.js';
import { guardDraft as legacyGuardDraft } from './guardrail/legacy/guard-draft.js';
import { guardText as legacyGuardText } from './guardrail/legacy/guard-text.js';
import { fmt, median } from './stats.js';

interface Item {
  id: string;
  split: 'tune' | 'held-out';
  category: string;
  text?: string;
  fields?: [string, string];
}
type Mode = 'append' | 'replace' | 'div';
const SHAPES = Object.fromEntries(RESPONSE_SHAPES.map((s) => [s.name, s]));
/** Where a single text goes: shape, field, and whether it replaces the field or is added to it. */
const PLACEMENTS: Array<[shape: string, path: JsonPath, mode: Mode]> = [
  ['case analysis', ['caseSummary'], 'append'],
  ['case analysis', ['differentials', 0, 'code', 'display'], 'replace'],
  ['case analysis', ['differentials', 1, 'condition'], 'replace'],
  ['case analysis', ['differentials', 0, 'findingsFor', 1], 'replace'],
  ['case analysis', ['redFlags', 0, 'why'], 'append'],
  ['case analysis', ['escalation', 'advice'], 'append'],
  ['patient summary', ['narrative', 0, 'text'], 'append'],
  ['patient summary', ['document', 'entry', 0, 'resource', 'text', 'div'], 'div'],
  ['patient summary', ['document', 'entry', 1, 'resource', 'dosageInstruction', 0, 'text'], 'replace'],
  ['patient summary', ['sentences', 0, 'text'], 'append'],
  ['note extraction', ['oncology', 'treatment'], 'replace'],
  ['note extraction', ['bundle', 'entry', 1, 'resource', 'medicationCodeableConcept', 'text'], 'replace'],
  ['CDS cards', ['cards', 0, 'detail'], 'append'],
  ['CDS cards', ['cards', 0, 'suggestions', 0, 'label'], 'replace'],
  ['CDS cards', ['cards', 0, 'links', 0, 'label'], 'replace'],
  ['CDS cards', ['cards', 1, 'summary'], 'replace'],
];
/** Where a split item's two parts go: two neighbouring fields, the first part in the field that comes first. */
const SPLIT_PLACEMENTS: Array<[shape: string, first: JsonPath, second: JsonPath]> = [
  ['case analysis', ['differentials', 0, 'findingsFor', 0], ['differentials', 0, 'findingsFor', 1]],
  ['case analysis', ['differentials', 1, 'condition'], ['differentials', 1, 'findingsFor', 0]],
  ['case analysis', ['redFlags', 0, 'finding'], ['redFlags', 0, 'why']],
  ['patient summary', ['sentences', 0, 'text'], ['narrative', 0, 'text']],
  ['CDS cards', ['cards', 0, 'summary'], ['cards', 0, 'detail']],
];

function put(value: unknown, path: JsonPath, text: string, mode: Mode): void {
  type Node = Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, value as Node);
  const key = path.at(-1)!;
  const before = String(parent[key] ?? '');
  parent[key] =
    mode === 'replace'
      ? text
      : mode === 'div'
        ? before.replace(/<\/div>$/u, `<p>${text}</p></div>`)
        : `${before}\n${text}`;
}
const strings = (value: unknown) =>
  responseLeaves(value).flatMap((l) => (typeof l.value === 'string' ? [l.value] : []));

/** Whether the item survives in any placement (adversarial), and whether any placement dropped something (benign). */
function runItem(item: Item): { survived: boolean; altered: boolean; why: string[] } {
  let survived = false;
  let altered = false;
  const why: string[] = [];
  const runs: Array<{ shape: string; place: (value: unknown) => void; parts: string[] }> = item.fields
    ? SPLIT_PLACEMENTS.map(([shape, a, b]) => ({
        shape,
        place: (v) => (put(v, a, item.fields![0], 'replace'), put(v, b, item.fields![1], 'replace')),
        parts: item.fields!,
      }))
    : PLACEMENTS.map(([shape, path, mode]) => ({
        shape,
        place: (v) => put(v, path, item.text!, mode),
        parts: [item.text!],
      }));
  for (const run of runs) {
    const shape = SHAPES[run.shape]!;
    const value = structuredClone(shape.value) as unknown;
    run.place(value);
    const { value: guarded, removed } = guardResponse(value, shape.schema);
    const texts = strings(guarded);
    if (run.parts.every((part) => texts.some((t) => t.includes(part)))) survived = true;
    if (removed.length > 0) altered = true;
    if (run.parts.every((part) => texts.some((t) => t.includes(part)))) why.push(run.shape);
    for (const r of removed) why.push(`${r.path} ${r.rule}`);
  }
  return { survived, altered, why };
}

const adversarial = readFixture<Item[]>('safety/adversarial.json');
const benign = readFixture<Item[]>('safety/benign.json');
const pct = (n: number, d: number) => `${fmt((100 * n) / d, 1)}%`;

console.log('## Sets: every item in every placement of every response shape\n');
console.log(
  '| set | half | items | walked answers: survived / altered | POST /safety/check today | before issue #17 |',
);
console.log('|---|---|---|---|---|---|');
for (const [name, items, kind] of [
  ['adversarial', adversarial, 'survived'],
  ['benign', benign, 'altered'],
] as const) {
  for (const half of ['tune', 'held-out'] as const) {
    const subset = items.filter((i) => i.split === half);
    const walked = subset.filter((i) => runItem(i)[kind]);
    const texts = subset.filter((i) => i.text);
    const stringNow = texts.filter((i) => (guardText(i.text!).removed.length === 0) === (kind === 'survived'));
    const stringOld = texts.filter((i) => (legacyGuardText(i.text!).removed.length === 0) === (kind === 'survived'));
    console.log(
      `| ${name} | ${half} | ${subset.length} | ${walked.length} ${kind} (${pct(walked.length, subset.length)}) | ${stringNow.length}/${texts.length} ${kind} | ${stringOld.length}/${texts.length} ${kind} |`,
    );
    if (process.env.SHOW === half)
      for (const i of walked)
        console.log(`  ${kind}: ${i.id} ${JSON.stringify(i.text ?? i.fields)} ${runItem(i).why.join('; ')}`);
  }
}

// The guard alone on one case analysis (a new sentence each time, so that no verdict is remembered), today's and the old.
const example = RESPONSE_SHAPES[0].value;
const timeGuard = (guard: (i: number) => void) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 2000; i++) guard(i);
  return Number(process.hrtime.bigint() - start) / 1e3 / 2000;
};
const withSentence = (i: number) => ({
  ...example,
  caseSummary: `${example.caseSummary} Heart rate ${100 + (i % 50)} at review ${i}. Give amox ${i} mg.`,
});
const guardNow: number[] = [];
const guardOld: number[] = [];
for (let round = 0; round < 9; round++) {
  guardNow.push(timeGuard((i) => guardCaseAnalysis(withSentence(i + round * 2000))));
  guardOld.push(timeGuard((i) => legacyGuardDraft(withSentence(i + round * 2000))));
}
console.log('\n## The guard alone on one case analysis (2,000 answers a round, 9 rounds; µs an answer, median)\n');
console.log(`| today, every field walked | ${fmt(median(guardNow), 1)} µs |`);
console.log(`| before issue #17, guardDraft | ${fmt(median(guardOld), 1)} µs |`);

if (process.env.SETS_ONLY) process.exit(0);

const ROUNDS = Number(process.env.ROUNDS ?? 150);
const worker = (legacy: boolean) => {
  const child = fork(new URL('./guardrail/case-latency-worker.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx', ...(legacy ? ['--import', './bench/guardrail/register-legacy.mjs'] : [])],
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.check.json' },
  });
  child.on('exit', (code) => {
    if (code) {
      console.error(`a latency worker exited with ${code}`);
      process.exit(1);
    }
  });
  const ready = new Promise<void>((resolve) => child.once('message', () => resolve()));
  const ask = (i: number) =>
    new Promise<{ ms: number; dosing: number }>((resolve) => {
      child.once('message', (m) => resolve(m as { ms: number; dosing: number }));
      child.send({ i });
    });
  return { child, ready, ask };
};
const today = worker(false);
// AA=1 runs today's guardrail on both sides: how far apart two identical workers come out on this machine.
const before = worker(!process.env.AA);
await Promise.all([today.ready, before.ready]);
for (let i = 0; i < 30; i++) {
  await today.ask(-i - 1);
  await before.ask(-i - 1);
}
const nowMs: number[] = [];
const oldMs: number[] = [];
let dosing = { now: 0, old: 0 };
for (let i = 0; i < ROUNDS; i++) {
  const [first, second] = i % 2 ? [before, today] : [today, before];
  const a = await first.ask(i);
  const b = await second.ask(i);
  const [n, o] = first === today ? [a, b] : [b, a];
  nowMs.push(n.ms);
  oldMs.push(o.ms);
  dosing = { now: n.dosing, old: o.dosing };
}
const p95 = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(0.95 * (v.length - 1))]!;
console.log(
  `\n## Case analysis latency, analyzeCase on PGlite with a scripted model, ${ROUNDS} analyses each, alternating; ms\n`,
);
console.log('| guardrail | p50 | p95 | vs before at p50 | doses dropped per answer |');
console.log('|---|---|---|---|---|');
console.log(
  `| before issue #17 (baseline) | ${fmt(median(oldMs), 2)} | ${fmt(p95(oldMs), 2)} | 1.00 | ${dosing.old} |`,
);
console.log(
  `| today (walks every field) | ${fmt(median(nowMs), 2)} | ${fmt(p95(nowMs), 2)} | ${fmt(median(nowMs) / median(oldMs), 3)} | ${dosing.now} |`,
);
today.child.send('stop');
before.child.send('stop');
