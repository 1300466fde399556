/**
 * bench/phi: the PHI scrubber's rules and lexicons on the vendored PHI sets
 * (synthetic clinical queries, 219 PHI-free; Presidio research synthetic v2):
 * recall per gold type, precision per detected kind, the PHI-free queries
 * left untouched, on the tuning records and on the held-out fifth (every 5th
 * record, never read while tuning); then MB/s on one core against a plain
 * regex scan and String.prototype.toLowerCase over the same text, same run.
 *
 *   npm run bench:phi      (ROUNDS=7 to change; MISSES=20 prints misses and false positives)
 */
import { detectPhi } from '../packages/server/src/engines/phi/detect-phi.js';
import { scrubText } from '../packages/server/src/engines/phi/scrub-text.js';
import { clinicalQueries, presidioSynthetic, type PhiRecord } from './phi/phi-datasets.js';
import { scorePhi, type PhiScore } from './phi/score-phi.js';
import { fmt, median } from './stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const MISSES = Number(process.env.MISSES ?? 0);
const ratio = (a: number, b: number) => (b ? fmt(a / b, 3) : '–');

function report(name: string, records: PhiRecord[]): PhiScore {
  const s = scorePhi(records, (text) => detectPhi(text));
  console.log(
    `\n### ${name}: recall ${ratio(s.found, s.total)} (${s.found}/${s.total}), span precision ${ratio(s.correct, s.detected)} (${s.correct}/${s.detected})`,
  );
  if (s.negatives)
    console.log(
      `PHI-free records untouched: ${ratio(s.cleanNegatives, s.negatives)} (${s.cleanNegatives}/${s.negatives}); spans on them: ${s.negativeSpans}`,
    );
  console.log('| gold type | found/total | recall |\n| --- | ---: | ---: |');
  for (const [t, v] of [...s.recallByType].sort((a, b) => b[1].total - a[1].total))
    console.log(`| ${t} | ${v.found}/${v.total} | ${ratio(v.found, v.total)} |`);
  console.log('| detected kind | correct/detected | precision |\n| --- | ---: | ---: |');
  for (const [t, v] of [...s.precisionByType].sort((a, b) => b[1].total - a[1].total))
    console.log(`| ${t} | ${v.correct}/${v.total} | ${ratio(v.correct, v.total)} |`);
  for (const line of [...s.misses.slice(0, MISSES), ...s.falsePositives.slice(0, MISSES)])
    console.log('  ', line.replace(/\n/g, ' '));
  return s;
}

const clinical = clinicalQueries();
const presidio = presidioSynthetic();
report(
  'Clinical queries, tuning (4/5)',
  clinical.filter((r) => !r.heldOut),
);
report(
  'Clinical queries, held out (1/5)',
  clinical.filter((r) => r.heldOut),
);
report('Clinical queries, all', clinical);
report(
  'Presidio synthetic v2, tuning (4/5)',
  presidio.filter((r) => !r.heldOut),
);
report(
  'Presidio synthetic v2, held out (1/5)',
  presidio.filter((r) => r.heldOut),
);

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
