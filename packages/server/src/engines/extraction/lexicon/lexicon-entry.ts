/**
 * The shape of an extraction lexicon entry: what kind of thing a surface
 * term names and the codes a curated source gives it (none when no curated
 * source knows it: such mentions carry text only).
 *
 * @module
 */

/** What a mention becomes in the Bundle. */
export type MentionKind = 'condition' | 'medication' | 'procedure' | 'allergen';

/** A code from a curated source. */
export interface LexiconCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string | undefined;
}

/** One concept of the lexicon and the terms that name it. */
export interface LexiconEntry {
  readonly kind: MentionKind;
  /** The preferred name (the resource's `code.text` when no coding). */
  readonly name: string;
  readonly terms: readonly string[];
  readonly codings: readonly LexiconCoding[];
}
