/**
 * bench/extraction: the rules engine of `POST /notes/extract`.
 *
 * 1. Oncology profile on fixtures/extraction/slm-ft-serving-oncology (10
 *    notes, MIT): the rules were written while looking at examples 1-5
 *    (tuning split); examples 6-10 are the held-out split. Exact match (all
 *    seven fields) and micro F1 over the "; "-separated parts of each field.
 * 2. Throughput: notes/s of the full rules engine (Bundle + oncology fields)
 *    against a baseline measured in the same run on the same notes: only
 *    tokenising them (the engine's own word tokenizer). Medians of 15 rounds.
 *
 *   npm run bench:extraction
 */
import { readFixtureText } from '../fixtures/locate.js';
import { tokenize } from '../packages/server/src/engines/extraction/assertion/phrase-index.js';
import { extractWithRules } from '../packages/server/src/engines/extraction/extract-with-rules.js';
import { extractOncology } from '../packages/server/src/engines/extraction/oncology/extract-oncology.js';
import {
  ONCOLOGY_FIELDS,
  type OncologyRecord,
} from '../packages/server/src/engines/extraction/oncology/oncology-fields.js';
import { f1, scoreOncology } from '../packages/server/src/engines/extraction/oncology/score-oncology.js';
import { SAMPLE_NOTE } from '../packages/server/src/engines/extraction/testing/sample-note.js';
import { fmt, median } from './stats.js';

interface Example {
  id: string;
  text: string;
  expected: OncologyRecord;
}
const examples = readFixtureText('extraction/slm-ft-serving-oncology/examples.jsonl')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Example);
const splits = { 'tuning (1-5)': examples.slice(0, 5), 'held-out (6-10)': examples.slice(5), 'all (1-10)': examples };

console.log('## Oncology profile (rules engine)\n');
console.log('| split | notes | exact match | micro P | micro R | micro F1 |');
console.log('|---|---|---|---|---|---|');
for (const [name, set] of Object.entries(splits)) {
  const s = scoreOncology(
    set.map((e) => extractOncology(e.text)),
    set.map((e) => e.expected),
  );
  const p = s.overall.tp / Math.max(1, s.overall.tp + s.overall.fp);
  const r = s.overall.tp / Math.max(1, s.overall.tp + s.overall.fn);
  console.log(
    `| ${name} | ${s.records} | ${s.exactMatches}/${s.records} | ${fmt(p, 2)} | ${fmt(r, 2)} | ${fmt(f1(s.overall), 2)} |`,
  );
}
const held = scoreOncology(
  splits['held-out (6-10)'].map((e) => extractOncology(e.text)),
  splits['held-out (6-10)'].map((e) => e.expected),
);
const tune = scoreOncology(
  splits['tuning (1-5)'].map((e) => extractOncology(e.text)),
  splits['tuning (1-5)'].map((e) => e.expected),
);
console.log('\n| field | F1 tuning | F1 held-out |');
console.log('|---|---|---|');
for (const field of ONCOLOGY_FIELDS)
  console.log(`| ${field} | ${fmt(f1(tune.perField[field]), 2)} | ${fmt(f1(held.perField[field]), 2)} |`);

const notes = [...examples.map((e) => e.text), SAMPLE_NOTE];
const chars = notes.reduce((n, t) => n + t.length, 0);
const subject = { reference: 'Patient/bench' };
/** Notes/s of each run, rounds interleaved (so warm-up and machine noise fall on all runs alike); medians of 15 rounds after 2 warm-up rounds. */
function rates(runs: Record<string, (note: string) => unknown>, rounds = 15, repeat = 40): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (let r = 0; r < rounds + 2; r++) {
    for (const [name, run] of Object.entries(runs)) {
      const start = process.hrtime.bigint();
      for (let k = 0; k < repeat; k++) for (const note of notes) run(note);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (r >= 2) samples[name]!.push((repeat * notes.length) / seconds);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}
const measured = rates({
  baseline: (note) => tokenize(note),
  engine: (note) => extractWithRules(note, subject),
  withOncology: (note) => {
    extractWithRules(note, subject);
    extractOncology(note);
  },
});
const { baseline, engine, withOncology } = measured as { baseline: number; engine: number; withOncology: number };
const long = `${SAMPLE_NOTE}\n`.repeat(40);
const longStart = process.hrtime.bigint();
for (let k = 0; k < 5; k++) extractWithRules(long, subject);
const longMs = Number(process.hrtime.bigint() - longStart) / 1e6 / 5;

console.log(
  `\n## Throughput (${notes.length} notes, mean ${fmt(chars / notes.length)} characters; medians of 15 rounds; Node ${process.version})\n`,
);
console.log('| run | notes/s | vs baseline |');
console.log('|---|---|---|');
console.log(`| baseline: tokenise only | ${fmt(baseline)} | 1.00 |`);
console.log(`| rules engine: Bundle | ${fmt(engine)} | ${fmt(engine / baseline, 3)} |`);
console.log(`| rules engine: Bundle + oncology fields | ${fmt(withOncology)} | ${fmt(withOncology / baseline, 3)} |`);
console.log(`\nOne long note (${fmt(long.length)} characters): ${fmt(longMs, 1)} ms per extraction (mean of 5).`);
