/**
 * Rebuilds a response without the leaves the guardrail dropped, and keeps it
 * valid against its schema: a required field that went takes its enclosing
 * item (array element) with it, or, at the top, a fixed notice; an optional
 * list left empty goes too.
 *
 * @module
 */
import { formatPath, type JsonPath } from './response-leaves.js';

/** What the guardrail takes out, by formatted path (in the response as given). */
export interface Removals {
  /** Leaves dropped whole. */
  leaves: Map<string, JsonPath>;
  /** Leaves that keep some passages: their new text. */
  cuts: Map<string, string>;
}

/** A zod schema, or anything with zod's `safeParse`. */
export interface SchemaLike {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }> };
  };
}

/** What stands where a required top-level text had to go whole (visible, never a rewording of the text). */
export const GUARDRAIL_NOTICE =
  'Removed by the no-dosing guardrail: treatment decisions belong to the treating clinician.' as const;

const MAX_REPAIRS = 50;

interface Plan extends Removals {
  items: Set<string>;
  emptied: Set<string>;
  notices: Set<string>;
}

interface Built {
  value: unknown;
  /** For each rebuilt array (by its new path), the original index of each element. */
  indices: Map<string, number[]>;
}

function build(value: unknown, plan: Plan): Built {
  const indices = new Map<string, number[]>();
  const visit = (node: unknown, orig: Array<string | number>, fresh: Array<string | number>): unknown => {
    const key = formatPath(orig);
    if (plan.notices.has(key)) return GUARDRAIL_NOTICE;
    if (typeof node === 'string') return plan.cuts.get(key) ?? node;
    if (Array.isArray(node)) {
      const kept: number[] = [];
      const out: unknown[] = [];
      node.forEach((item, i) => {
        const child = formatPath([...orig, i]);
        if (plan.items.has(child) || plan.leaves.has(child) || plan.emptied.has(child)) return;
        kept.push(i);
        out.push(visit(item, [...orig, i], [...fresh, out.length]));
      });
      indices.set(formatPath(fresh), kept);
      return out;
    }
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(node)) {
        const child = formatPath([...orig, k]);
        if ((plan.leaves.has(child) && !plan.notices.has(child)) || plan.emptied.has(child)) continue;
        out[k] = visit(item, [...orig, k], [...fresh, k]);
      }
      return out;
    }
    return node;
  };
  return { value: visit(value, [], []), indices };
}

function toOriginal(path: ReadonlyArray<PropertyKey>, indices: Map<string, number[]>): Array<string | number> {
  const fresh: Array<string | number> = [];
  const orig: Array<string | number> = [];
  for (const seg of path) {
    if (typeof seg === 'number') orig.push(indices.get(formatPath(fresh))?.[seg] ?? seg);
    else orig.push(String(seg));
    fresh.push(typeof seg === 'number' ? seg : String(seg));
  }
  return orig;
}

const at = (value: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>(
    (node, seg) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg] : undefined),
    value,
  );
const related = (a: JsonPath, b: JsonPath) => a.slice(0, Math.min(a.length, b.length)).every((p, i) => b[i] === p);

/**
 * The response without what `removals` names, repaired against `schema`
 * (when given) until it parses; returns the items (array elements) dropped
 * whole on the way. A schema failure unrelated to a removal is left for the
 * caller's own validation to report.
 *
 * @example
 * ```ts
 * const { value, droppedItems } = rebuildWithout(analysis, removals, caseAnalysisSchema);
 * ```
 */
export function rebuildWithout(
  value: unknown,
  removals: Removals,
  schema?: SchemaLike,
): { value: unknown; droppedItems: JsonPath[] } {
  const plan: Plan = { ...removals, items: new Set(), emptied: new Set(), notices: new Set() };
  const droppedItems: JsonPath[] = [];
  const touched: JsonPath[] = [...removals.leaves.values()];
  for (let repair = 0; ; repair++) {
    const built = build(value, plan);
    const parsed = schema?.safeParse(built.value);
    if (!parsed || parsed.success || repair >= MAX_REPAIRS) return { value: built.value, droppedItems };
    const issue = parsed.error?.issues.find((i) => touched.some((t) => related(toOriginal(i.path, built.indices), t)));
    if (!issue) return { value: built.value, droppedItems };
    const orig = toOriginal(issue.path, built.indices);
    const now = at(built.value, issue.path);
    const lastIndex = orig.findLastIndex((p) => typeof p === 'number');
    if (Array.isArray(now) && now.length === 0 && orig.length > 0) {
      plan.emptied.add(formatPath(orig));
      touched.push(orig);
    } else if (lastIndex >= 0 && !plan.items.has(formatPath(orig.slice(0, lastIndex + 1)))) {
      const item = orig.slice(0, lastIndex + 1);
      plan.items.add(formatPath(item));
      droppedItems.push(item);
      touched.push(item);
    } else if (lastIndex < 0 && plan.leaves.has(formatPath(orig)) && !plan.notices.has(formatPath(orig))) {
      plan.notices.add(formatPath(orig));
    } else return { value: built.value, droppedItems };
  }
}
