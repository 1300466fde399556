/**
 * bench/phi: the PHI scrubber's rules and lexicons on the vendored public PHI
 * sets (synthetic clinical queries, 219 of them PHI-free; Presidio research
 * synthetic v2), on the tuning part and on the held-out fifth (`id % 5 === 4`,
 * never read while tuning; see engines/phi/testing/phi-corpora.ts): recall
 * and precision per HIPAA Safe Harbor category and per gold label, and the
 * PHI-free records altered, here and on the PHI-free sentences of the
 * oncology extraction fixtures; then MB/s on one core
 * against a plain regex scan and String.prototype.toLowerCase over the same
 * text, same run.
 *
 *   npm run bench:phi      (ROUNDS=7 to change; MISSES=20 prints tuning misses and false positives)
 */
import { detectPhi } from '../packages/server/src/engines/phi/detect-phi.js';
import { SAFE_HARBOR_CATEGORIES } from '../packages/server/src/engines/phi/safe-harbor.js';
import { scrubText } from '../packages/server/src/engines/phi/scrub-text.js';
import {
  clinicalQueries,
  oncologySentences,
  presidioSynthetic,
  type PhiRecord,
} from '../packages/server/src/engines/phi/testing/phi-corpora.js';
import { rate, scorePhi, type Tally } from '../packages/server/src/engines/phi/testing/score-phi.js';
import { fmt, median } from './stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const MISSES = Number(process.env.MISSES ?? 0);
const show = (t: Tally | undefined) => (t?.total ? `${fmt(rate(t), 3)} (${t.hit}/${t.total})` : '–');

function report(name: string, records: PhiRecord[]): void {
  const [tune, held] = (['tune', 'held-out'] as const).map((split) =>
    scorePhi(
      records.filter((r) => r.split === split),
      (text) => detectPhi(text),
    ),
  );
  console.log(`\n### ${name}\n`);
  console.log('| | tuning (4/5) | held out (1/5) |\n| --- | ---: | ---: |');
  console.log(`| recall | ${show(tune!.recall)} | ${show(held!.recall)} |`);
  console.log(`| span precision | ${show(tune!.precision)} | ${show(held!.precision)} |`);
  console.log(`| PHI-free records left untouched | ${show(tune!.phiFree)} | ${show(held!.phiFree)} |`);
  console.log(
    '\n| Safe Harbor category | recall, tuning | recall, held out | precision, tuning | precision, held out |\n| --- | ---: | ---: | ---: | ---: |',
  );
  for (const [letter, title] of Object.entries(SAFE_HARBOR_CATEGORIES)) {
    const cells = [
      tune!.recallByCategory,
      held!.recallByCategory,
      tune!.precisionByCategory,
      held!.precisionByCategory,
    ];
    if (cells.every((m) => !m.get(letter))) continue;
    console.log(`| (${letter}) ${title} | ${cells.map((m) => show(m.get(letter))).join(' | ')} |`);
  }
  console.log('\n| gold label | recall, tuning | recall, held out |\n| --- | ---: | ---: |');
  const labels = new Set([...tune!.recallByLabel.keys(), ...held!.recallByLabel.keys()]);
  for (const label of labels)
    console.log(`| ${label} | ${show(tune!.recallByLabel.get(label))} | ${show(held!.recallByLabel.get(label))} |`);
  for (const line of [...tune!.misses.slice(0, MISSES), ...tune!.falsePositives.slice(0, MISSES)])
    console.log('  ', line.replace(/\n/g, ' '));
}

const clinical = clinicalQueries();
const presidio = presidioSynthetic();
report('Synthetic clinical queries (1,051; 219 PHI-free)', clinical);
report('Presidio research synthetic v2 (1,500; international, non-clinical)', presidio);
const oncology = scorePhi(oncologySentences(), (text) => detectPhi(text));
console.log(
  `\n### PHI-free clinical sentences from another public source (slm-ft-serving oncology snippets, never tuned on)\n\nleft untouched: ${show(oncology.phiFree)}`,
);
for (const line of oncology.falsePositives) console.log('  ', line);

const corpus = [...clinical, ...presidio].map((r) => r.text).join('\n');
const text = corpus.repeat(Math.ceil(2e6 / corpus.length));
const megabytes = Buffer.byteLength(text) / 1e6;
/** Wall seconds and CPU seconds of this process (user + system; on a busy machine the CPU time is what one core spent). */
function seconds(work: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}
const SSN_SCAN = /\b\d{3}-\d{2}-\d{4}\b/g;
const runs = {
  lower: [] as Array<{ wall: number; cpu: number }>,
  regex: [] as Array<{ wall: number; cpu: number }>,
  detect: [] as Array<{ wall: number; cpu: number }>,
  scrub: [] as Array<{ wall: number; cpu: number }>,
};
for (let i = 0; i < ROUNDS; i++) {
  runs.lower.push(seconds(() => text.toLowerCase()));
  runs.regex.push(seconds(() => [...text.matchAll(SSN_SCAN)].length));
  runs.detect.push(seconds(() => detectPhi(text)));
  runs.scrub.push(seconds(() => scrubText(text, { mode: 'tag' })));
}
const mbps = (xs: Array<{ wall: number; cpu: number }>, key: 'wall' | 'cpu') =>
  megabytes / median(xs.map((x) => x[key]));
console.log(
  `\n### Throughput, one thread, ${fmt(megabytes, 2)} MB of fixture text, median of ${ROUNDS}; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
);
console.log('| work | MB/s (CPU time) | MB/s (wall) | vs detectPhi (wall) |\n| --- | ---: | ---: | ---: |');
for (const [name, xs] of [
  ['String.prototype.toLowerCase (baseline)', runs.lower],
  ['one regex scan, SSN pattern (baseline)', runs.regex],
  ['detectPhi (rules + lexicons)', runs.detect],
  ['scrubText, tag mode', runs.scrub],
] as const) {
  console.log(
    `| ${name} | ${fmt(mbps(xs, 'cpu'), 1)} | ${fmt(mbps(xs, 'wall'), 1)} | ${fmt(mbps(xs, 'wall') / mbps(runs.detect, 'wall'), 2)}× |`,
  );
}
