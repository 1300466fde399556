const cache = new Map<string, RegExp>();

/**
 * A case-insensitive pattern matching `name` as a whole word (an ingredient
 * name in a medication's display or text), compiled once per name.
 *
 * @example
 * wordPattern('warfarin').test('Warfarin Sodium 5 MG Oral Tablet'); // true
 */
export function wordPattern(name: string): RegExp {
  let pattern = cache.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    cache.set(name, pattern);
  }
  return pattern;
}
