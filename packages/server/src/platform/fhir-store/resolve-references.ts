/**
 * Rewrites every `reference` string found in `map` (a bundle's `urn:uuid:`
 * fullUrls) to the `Type/id` it was assigned, anywhere in the value. Returns a
 * new value; the input is not changed.
 */
export function resolveReferences<T>(value: T, map: ReadonlyMap<string, string>): T {
  if (map.size === 0) return value;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      out[key] = key === 'reference' && typeof child === 'string' ? (map.get(child) ?? child) : walk(child);
    }
    return out;
  };
  return walk(value) as T;
}
