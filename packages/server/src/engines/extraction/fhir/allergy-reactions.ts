/**
 * An allergy's reaction, as notes write it ("penicillin (rash)", "allergic
 * to penicillin - rash", "sulfa: hives", "codeine causes nausea"), goes into
 * the AllergyIntolerance's `reaction[].manifestation`, never into a
 * Condition of its own: the rash is how the allergy shows, not an active
 * problem. A reaction the lexicon codes keeps its coding; another is text.
 *
 * @module
 */
import type { AllergyIntolerance, CodeableConcept, Condition, Resource } from '@medplum/fhirtypes';

/** What links an allergen to its reaction: an opening bracket, a dash or colon, an arrow, a verb. */
const REACTION_LEAD =
  /^[^\S\n]*(?:\(|[-–—:=]|->|→|\b(?:causes?|caused|gives?|gave|leads? to|led to|results? in|resulting in)\b)[^\S\n]*/iu;
const UNKNOWN_REACTION = /\b(?:unknown|not known|no known|unsure|none|nkda|nka|unspecified)\b/iu;
const WORDS = /^\p{L}[\p{L}' -]{1,38}\p{L}$/u;
const MAX_WINDOW = 60;

interface Item {
  resource: Resource;
  start: number;
  end: number;
}

/** Where the reaction after an allergen mention lies, if the note states one. */
function reactionWindow(note: string, allergy: Item, nextStart: number): { start: number; end: number } | undefined {
  const lead = REACTION_LEAD.exec(note.slice(allergy.end, allergy.end + MAX_WINDOW));
  if (!lead) return undefined;
  const start = allergy.end + lead[0].length;
  const limit = Math.min(nextStart, start + MAX_WINDOW, note.length);
  const stop = lead[0].includes('(') ? /[)\n]/u : /[);.,\n]/u;
  const at = note.slice(start, limit).search(stop);
  const end = at < 0 ? limit : start + at;
  return end > start ? { start, end } : undefined;
}

/**
 * Moves each stated reaction into its allergy and drops the Conditions it
 * came from; returns the items that remain.
 *
 * @example
 * ```ts
 * attachReactions('Allergies: penicillin (rash).', items); // the AllergyIntolerance has reaction[0].manifestation[0].text 'rash'; no Condition 'rash'
 * ```
 */
export function attachReactions<T extends Item>(note: string, items: readonly T[]): T[] {
  const moved = new Set<T>();
  const allergies = items.filter((i) => i.resource.resourceType === 'AllergyIntolerance');
  allergies.forEach((allergy, k) => {
    const resource = allergy.resource as AllergyIntolerance;
    if (resource.verificationStatus?.coding?.[0]?.code === 'refuted') return;
    const window = reactionWindow(note, allergy, allergies[k + 1]?.start ?? note.length);
    if (!window) return;
    const conditions = items.filter(
      (i) => i.resource.resourceType === 'Condition' && i.start >= window.start && i.end <= window.end,
    );
    const stated = note.slice(window.start, window.end).trim();
    let manifestation: CodeableConcept[] = conditions.map((c) => (c.resource as Condition).code!);
    if (manifestation.length === 0 && WORDS.test(stated) && stated.split(/\s+/u).length <= 4)
      manifestation = [{ text: stated }];
    if (manifestation.length === 0 || UNKNOWN_REACTION.test(stated)) return;
    resource.reaction = [{ manifestation }];
    for (const c of conditions) moved.add(c);
  });
  return items.filter((i) => !moved.has(i));
}
