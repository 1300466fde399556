/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): each
 * list contributes `1 / (k + rank)` to an id's score; ids are returned best
 * first with their fused score, ties in the order the lists first name them.
 *
 * @example
 * ```ts
 * fuseByReciprocalRank([['a', 'b'], ['b', 'c']]); // [{ id: 'b', score: 0.0325 }, { id: 'a', ... }, { id: 'c', ... }]
 * ```
 */
export function fuseByReciprocalRank(
  lists: ReadonlyArray<readonly string[]>,
  k = 60,
): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const list of lists)
    list.forEach((id, rank) => {
      scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1));
      if (!firstSeen.has(id)) firstSeen.set(id, firstSeen.size);
    });
  // Ties go to the earlier list's order (the lexical ranking when it is given first), never to chance.
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || firstSeen.get(a.id)! - firstSeen.get(b.id)!);
}
