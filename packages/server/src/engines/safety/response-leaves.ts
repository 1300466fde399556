/**
 * The leaves of a finished response: every string at any depth (and every
 * number, which can carry the amount of a dose split from its unit), in
 * document order, with its path.
 *
 * @module
 */

/** A path into a JSON value: object keys and array indices. */
export type JsonPath = ReadonlyArray<string | number>;

/** One leaf of a response. */
export interface Leaf {
  path: JsonPath;
  value: string | number;
  /** Whether the leaf may be read together with its neighbours (false for identifiers, codes, URIs, dates, references). */
  joinable: boolean;
}

/** Keys whose string values identify or code something rather than say it. */
const IDENTIFIER_KEYS = new Set([
  'id', 'system', 'code', 'reference', 'url', 'fullUrl', 'resourceType', 'chunkId', 'calculatorId', 'uuid',
  'status', 'version', 'versionId', 'lastUpdated', 'type', 'kind', 'indicator', 'selectionBehavior', 'icon', 'language', 'profile', 'engine',
  'section', 'concept', 'band', 'urgency', 'level', 'triage', 'direction', 'criticality', 'intent', 'priority',
]); // prettier-ignore
const IDENTIFIER_SHAPE =
  /^(?:[a-z][a-z0-9+.-]*:\S+|[A-Z][A-Za-z]+\/[A-Za-z0-9.-]{1,64}|\d{4}-\d\d(?:-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:\d\d)?)?)?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/u;

/**
 * Collects the leaves of `value`.
 *
 * @example
 * ```ts
 * responseLeaves({ a: ['x', { b: 2 }] }).map((l) => l.path); // [['a', 0], ['a', 1, 'b']]
 * ```
 */
export function responseLeaves(value: unknown): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (node: unknown, path: Array<string | number>): void => {
    if (typeof node === 'string') {
      const key = path.at(-1);
      leaves.push({
        path: [...path],
        value: node,
        joinable: !(typeof key === 'string' && IDENTIFIER_KEYS.has(key)) && !IDENTIFIER_SHAPE.test(node),
      });
    } else if (typeof node === 'number') {
      if (Number.isFinite(node)) leaves.push({ path: [...path], value: node, joinable: true });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => {
        path.push(i);
        visit(item, path);
        path.pop();
      });
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        path.push(key);
        visit(item, path);
        path.pop();
      }
    }
  };
  visit(value, []);
  return leaves;
}

/**
 * A path as the provenance names it: `differentials[0].code.display`.
 *
 * @example
 * ```ts
 * formatPath(['differentials', 0, 'code', 'display']); // 'differentials[0].code.display'
 * ```
 */
export function formatPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
