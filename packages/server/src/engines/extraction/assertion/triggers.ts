/**
 * The ConText trigger lexicon: phrases that negate, hedge, date or attribute
 * to a relative the clinical mentions in their scope, pseudo-triggers that
 * look like triggers but are not ("no increase", "not ruled out"), and the
 * terms that end a scope ("but", "however").
 *
 * The phrases are Meridian's own selection, after the categories and
 * examples described in Chapman et al., "A simple algorithm for identifying
 * negated findings and diseases in discharge summaries" (J Biomed Inform
 * 2001;34:301-10, NegEx) and Harkema et al., "ConText: an algorithm for
 * determining negation, experiencer, and temporal status from clinical
 * reports" (J Biomed Inform 2009;42:839-51).
 *
 * @module
 */

/** What a trigger asserts about the mentions in its scope. */
export type TriggerCategory = 'negated' | 'uncertain' | 'historical' | 'family';

/** Which way a trigger's scope runs from it. */
export type ScopeDirection = 'forward' | 'backward';

/** One trigger phrase. */
export interface Trigger {
  phrase: string;
  category: TriggerCategory;
  direction: ScopeDirection;
}

/** Words naming a relative: each attributes what is near it, either way, to that relative. */
export const RELATIVES: readonly string[] = [
  'mother',
  'father',
  'sister',
  'brother',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'daughter',
  'son',
  'cousin',
  'sibling',
  'siblings',
  'parent',
  'parents',
  "mother's",
  "father's",
  'maternal',
  'paternal',
  'mom',
  'dad',
];

const forward = (category: TriggerCategory, phrases: readonly string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'forward' }));
const backward = (category: TriggerCategory, phrases: readonly string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'backward' }));

/** The triggers, by category and direction. @example `TRIGGERS.some((t) => t.phrase === 'denies')` */
export const TRIGGERS: readonly Trigger[] = [
  ...forward('negated', [
    'no',
    'not',
    'denies',
    'denied',
    'denying',
    'without',
    'negative for',
    'no evidence of',
    'no signs of',
    'no sign of',
    'free of',
    'absence of',
    'absent',
    'ruled out',
    'rules out',
    'rule out',
    'r/o',
    'no history of',
    'never had',
    'never',
    'neither',
    'nor',
    'not taking',
    'stopped',
    'discontinued',
    'no longer',
    'declined',
    'fails to reveal',
    'did not reveal',
    'no new',
    'unremarkable for',
  ]),
  ...backward('negated', [
    'declined',
    'was declined',
    'refused',
    'was refused',
    'not given',
    'was stopped',
    'was discontinued',
    'was ruled out',
    'is ruled out',
    'has been ruled out',
    'unlikely',
    'was negative',
    'is negative',
    'not seen',
    'absent',
    'not present',
    'were ruled out',
  ]),
  ...forward('uncertain', [
    'possible',
    'possibly',
    'probable',
    'probably',
    'suspected',
    'suspicion of',
    'suspicious for',
    'concern for',
    'concerning for',
    'likely',
    'questionable',
    'question of',
    'may have',
    'might have',
    'could be',
    'consistent with',
    'suggestive of',
    'suggests',
    'cannot exclude',
    'cannot be excluded',
    'differential includes',
    'versus',
    'vs',
    'presumed',
    'presumptive',
    'evaluate for',
    'to evaluate for',
    'worrisome for',
  ]),
  ...backward('uncertain', [
    'likely',
    'possible',
    'suspected',
    'probable',
    'is suspected',
    'was suspected',
    'is possible',
    'is likely',
    'cannot be ruled out',
    'not excluded',
    'questioned',
  ]),
  ...forward('historical', [
    'history of',
    'hx of',
    'h/o',
    'previous',
    'previously',
    'prior',
    'past',
    'remote',
    'status post',
    's/p',
    'formerly',
    'in the past',
    'childhood',
  ]),
  ...backward('historical', [
    'in the past',
    'years ago',
    'months ago',
    'as a child',
    'in childhood',
    'previously',
    'resolved',
    'in remission',
  ]),
  ...forward('family', ['family history of', 'family history', 'fh of', ...RELATIVES]),
  ...backward('family', ['in the family', 'runs in the family', ...RELATIVES]),
];

/**
 * Phrases that contain a trigger but assert nothing: they are masked before
 * the triggers are looked for.
 *
 * @example `PSEUDO_TRIGGERS.includes('no increase')`
 */
export const PSEUDO_TRIGGERS: readonly string[] = [
  'no increase',
  'no significant increase',
  'no change',
  'no significant change',
  'no interval change',
  'not only',
  'not necessarily',
  'not certain if',
  'not certain whether',
  'not ruled out',
  'not been ruled out',
  'not drain',
  'no suspicious change',
  'without difficulty',
  'gram negative',
  'gram-negative',
  'not cause',
  'not extend',
  'not clear',
  'no further',
  'no longer than',
  'not be excluded',
  'history and physical',
  'history and exam',
  'history taking',
  'history was obtained',
  'family history unremarkable',
  'off and on',
  'past week',
  'past month',
  'past few days',
  'past day',
  'prior to',
  'sister-in-law',
];

/**
 * Terms that end a trigger's scope: conjunctions and connectives that open a
 * new clause about something else.
 *
 * @example `TERMINATORS.includes('but')`
 */
export const TERMINATORS: readonly string[] = [
  'but',
  'however',
  'although',
  'though',
  'except',
  'apart from',
  'aside from',
  'yet',
  'which',
  'whereas',
  'still',
  'nevertheless',
  'secondary to',
  'due to',
  'cause of',
  'source of',
  'reason for',
  'etiology of',
  'presenting',
  'presents',
  'presented',
  'complains',
  'now',
  'currently',
  'today',
  'patient',
  'pt',
  'he',
  'she',
  'who',
  ';',
  ':',
];

/** Largest number of words a scope covers from its trigger (NegEx uses 5 to 6; ConText the sentence). */
export const DEFAULT_SCOPE_WORDS = 8;
