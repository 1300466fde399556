import type { GuardrailRemoval } from '@meridian/sdk';
import { findDosing, type PassageFinding } from './classify-passage.js';
import { formatPath, responseLeaves, type JsonPath, type Leaf } from './response-leaves.js';
import { rebuildWithout, type Removals, type SchemaLike } from './rebuild-response.js';
import { splitPassages, type Passage } from './split-passages.js';

export type { SchemaLike } from './rebuild-response.js';

/** A response after the guardrail, and what it dropped. */
export interface GuardedResponse<T> {
  value: T;
  removed: GuardrailRemoval[];
}

const ROMAN = /^[ivx]{1,4}[ab]?$/iu;
const verdicts = new Map<string, PassageFinding | null>();
/** The finding of one passage, remembered: responses repeat their texts (disclaimers, titles, record names). */
function finding(text: string): PassageFinding | null {
  let verdict = verdicts.get(text);
  if (verdict === undefined) {
    verdict = findDosing(text);
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(text, verdict);
  }
  return verdict;
}

interface LeafCheck {
  leaf: Leaf;
  passages: Passage[];
  findings: Array<PassageFinding | null>;
}

/** Identifiers (references, URIs, codes) are read with their separators as spaces: `Observation/amox-500-tds` still doses. */
const readIdentifier = (text: string) => text.replace(/[/_:.#=?&-]+/gu, ' ');

function check(leaf: Leaf): LeafCheck {
  const text = String(leaf.value);
  if (typeof leaf.value === 'number') return { leaf, passages: [{ text, start: 0 }], findings: [null] };
  if (!leaf.joinable && !/\s/u.test(text))
    return { leaf, passages: [{ text, start: 0 }], findings: [finding(readIdentifier(text))] };
  const passages = splitPassages(text);
  return { leaf, passages, findings: passages.map((p) => finding(p.text)) };
}

const sameParent = (a: Leaf, b: Leaf) =>
  a.path.length === b.path.length && a.path.slice(0, -1).every((p, i) => b.path[i] === p);

const JOIN_WORDS = 3;
const tail = (text: string) => text.split(/\s+/u).slice(-JOIN_WORDS).join(' ');
const head = (text: string) => text.split(/\s+/u).slice(0, JOIN_WORDS).join(' ');

/**
 * Reads the end of `a` (its last three words) with the start of `b` (its
 * first three) and marks both when together they dose: a dose split across
 * fields is two fragments, so a field that ends a sentence is not read on.
 */
function markPair(a: LeafCheck, b: LeafCheck): void {
  const ia = a.passages.length - 1;
  if (ia < 0 || b.passages.length === 0 || a.findings[ia] || b.findings[0]) return;
  const left = a.passages[ia]!.text;
  const right = b.passages[0]!.text;
  if (/[.!?]["')\]]?$/u.test(left)) return;
  const joined = finding(`${tail(left)} ${head(right)}`);
  // A field that is only a Roman numeral (a stage, a grade) is not a route beside a drug in the next field.
  if (!joined || (joined.rule === 'drug-route' && (ROMAN.test(left) || ROMAN.test(right)))) return;
  const split = { reason: joined.reason, rule: 'split-across-fields' as const };
  a.findings[ia] = split;
  b.findings[0] = split;
}

/**
 * A drug in one field and its amount or instruction in the next: each text
 * is read with the next text of the response (identifiers, codes and enums
 * skipped), and each number with the text beside it in the same object
 * (`{ value: 500, unit: 'mg' }`).
 */
function markSplitDoses(checks: LeafCheck[]): void {
  const texts = checks.filter((c) => c.leaf.joinable && typeof c.leaf.value === 'string');
  for (let i = 0; i + 1 < texts.length; i++) markPair(texts[i]!, texts[i + 1]!);
  checks.forEach((c, i) => {
    if (typeof c.leaf.value !== 'number') return;
    const before = checks[i - 1];
    const after = checks[i + 1];
    if (before?.leaf.joinable && typeof before.leaf.value === 'string' && sameParent(before.leaf, c.leaf))
      markPair(before, c);
    if (after?.leaf.joinable && typeof after.leaf.value === 'string' && sameParent(c.leaf, after.leaf))
      markPair(c, after);
  });
}

/** The text of a leaf with its dosing passages cut out (and the spaces after them; markup around them stays). */
function cutPassages(text: string, passages: readonly Passage[], remove: readonly boolean[]): string {
  let out = text;
  for (let i = passages.length - 1; i >= 0; i--) {
    if (!remove[i]) continue;
    let start = passages[i]!.start;
    let end = start + passages[i]!.text.length;
    const after = /^\s*/u.exec(out.slice(end))![0].length;
    if (end + after >= out.length) start -= /\s*$/u.exec(out.slice(0, start))![0].length;
    else end += after;
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/**
 * The no-dosing guardrail over a finished response: walks every string at
 * any depth (and every number, which may carry an amount split from its
 * unit) and drops each passage that doses, names a drug's route or
 * frequency, or instructs a medication change: a sentence of a longer text,
 * else the field, and, when `schema` says the field cannot be left out, the
 * enclosing item (array element) or, at the top, a fixed notice. A drug in
 * one field and its amount or instruction in the next are dropped together.
 * Nothing is reworded. Every drop is returned with its field path (in the
 * response as given) and rule; with none, the response is returned as it
 * was (same object).
 *
 * @example
 * ```ts
 * const { value, removed } = guardResponse(analysis, caseAnalysisSchema);
 * removed; // [{ path: 'differentials[0].code.display', reason: 'dose', rule: 'dose-unit', dropped: 'field' }]
 * ```
 */
export function guardResponse<T>(value: T, schema?: SchemaLike): GuardedResponse<T> {
  const checks = responseLeaves(value).map(check);
  markSplitDoses(checks);
  const removals: Removals = { leaves: new Map(), cuts: new Map() };
  const removed: Array<GuardrailRemoval & { at: JsonPath }> = [];
  for (const c of checks) {
    const flagged = c.findings.map((f) => f !== null);
    if (!flagged.some(Boolean)) continue;
    const whole = flagged.every(Boolean);
    const key = formatPath(c.leaf.path);
    if (whole) removals.leaves.set(key, c.leaf.path);
    else removals.cuts.set(key, cutPassages(String(c.leaf.value), c.passages, flagged));
    for (const f of c.findings)
      if (f)
        removed.push({
          path: key,
          reason: f.reason,
          rule: f.rule,
          dropped: whole ? 'field' : 'passage',
          at: c.leaf.path,
        });
  }
  if (removed.length === 0) return { value, removed: [] };
  const { value: guarded, droppedItems } = rebuildWithout(value, removals, schema);
  return {
    value: guarded as T,
    removed: removed.map(({ at, ...r }) =>
      droppedItems.some((item) => item.every((p, i) => at[i] === p)) ? { ...r, dropped: 'item' as const } : r,
    ),
  };
}
