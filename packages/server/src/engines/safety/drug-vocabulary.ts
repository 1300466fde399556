/**
 * Every drug name the guardrail knows, as one index: the RxNorm ingredients
 * of the loaded value sets (and the ingredient words of their clinical drug
 * names), the curated generic names, ward abbreviations and brands; plus the
 * INN stems, and misspellings within a small edit distance of a known name.
 *
 * @module
 */
import { TERMINOLOGY_SYSTEMS } from '@meridian/fhir-adapter';
import { VALUE_SETS } from '../terminology/value-set-catalogue.js';
import { DRUG_ABBREVIATIONS, DRUG_BRANDS } from './drug-abbreviations.js';
import { DRUG_ENDINGS, DRUG_NAMES, NOT_DRUGS } from './drug-names.js';

/** Words of RxNorm clinical drug names that are forms, salts or packaging, not ingredients. */
const NOT_INGREDIENT = new Set(
  `oral tablet tablets capsule capsules extended release delayed injection injectable solution suspension
  product kit pack hour actuat metered dose inhaler topical cream ointment gel patch transdermal chewable
  disintegrating film coated sodium potassium calcium magnesium hydrochloride hcl sulfate sulphate maleate
  mesylate besylate succinate tartrate fumarate citrate acetate phosphate bromide chloride hydrobromide
  monohydrate dihydrate trihydrate anhydrous free base and with or per in of the for ml mg mcg unit units
  prefilled syringe cartridge auto-injector pen vial bag powder buffered enteric nasal spray ophthalmic
  otic rectal vaginal suppository lozenge granules packet liquid elixir syrup drops intravenous
  intramuscular subcutaneous oil emulsion lotion foam shampoo bar wafer strip implant insert system
  medicated pad device day night regular strength`.split(/\s+/u),
);

function rxnormIngredientWords(): string[] {
  const words = new Set<string>();
  for (const vs of VALUE_SETS.list()) {
    for (const m of vs.members.values()) {
      if (m.system !== TERMINOLOGY_SYSTEMS.rxnorm || !m.display) continue;
      for (const part of m.display.toLowerCase().split(/\s\/\s|\[|\]/u)) {
        const head = part.split(/\s(?=[\d.])/u)[0] ?? '';
        for (const w of head.split(/[\s,()]+/u))
          if (w.length >= 5 && /^[a-z-]+$/u.test(w) && !NOT_INGREDIENT.has(w)) words.add(w);
      }
    }
  }
  return [...words];
}

const NAMES = [...DRUG_NAMES, ...DRUG_ABBREVIATIONS, ...DRUG_BRANDS, ...rxnormIngredientWords()].map((n) =>
  n.normalize('NFKC').toLowerCase(),
);
const SINGLE = new Set(NAMES.filter((n) => !n.includes(' ')));
/** Multi-word names by their first word: `potassium` → ['potassium chloride']. */
const MULTI = new Map<string, string[]>();
for (const name of NAMES.filter((n) => n.includes(' '))) {
  const first = name.split(' ')[0]!;
  MULTI.set(first, [...(MULTI.get(first) ?? []), name]);
}
const NOT_A_DRUG = new Set<string>(NOT_DRUGS);
const ENDING = new RegExp(String.raw`^[a-z]{2,}(?:${DRUG_ENDINGS.join('|')})$`, 'u');

/** The deletion neighbourhood of a word: the word with `depth` letters or fewer taken out. */
function deletions(word: string, depth: number): Set<string> {
  let frontier = new Set([word]);
  const out = new Set([word]);
  for (let d = 0; d < depth; d++) {
    const next = new Set<string>();
    for (const w of frontier) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    for (const w of next) out.add(w);
    frontier = next;
  }
  return out;
}

/** Misspelling index: each deletion variant of a name of six letters or more (two deletions from ten letters). */
const FUZZY = new Map<string, string>();
for (const name of SINGLE) {
  if (name.length < 6 || !/^[a-z]+$/u.test(name)) continue;
  for (const v of deletions(name, name.length >= 10 ? 2 : 1)) if (!FUZZY.has(v)) FUZZY.set(v, name);
}

/** Whether `word` (lower case, one token) is a misspelling of a known drug name: same first letter, within the deletion neighbourhood. */
function fuzzyDrug(word: string): boolean {
  if (word.length < 6 || !/^[a-z]+$/u.test(word)) return false;
  for (const v of deletions(word, word.length >= 9 ? 2 : 1)) {
    const name = FUZZY.get(v);
    if (name && name[0] === word[0] && Math.abs(name.length - word.length) <= 2) return true;
  }
  return false;
}

const known = new Map<string, boolean>();

/**
 * Whether one token (lower case, as `normaliseForGuard` leaves it) names a
 * drug: a known name, abbreviation or brand (also without its hyphens or
 * dots), an INN stem, or a misspelling of a known name.
 *
 * @example
 * ```ts
 * isDrugToken('amox'); // true
 * isDrugToken('amoxycillin'); // true (misspelling)
 * isDrugToken('april'); // false
 * ```
 */
export function isDrugToken(token: string): boolean {
  const cached = known.get(token);
  if (cached !== undefined) return cached;
  const plain = token.replace(/[.'’]/gu, '');
  const result =
    !NOT_A_DRUG.has(plain) &&
    (SINGLE.has(plain) ||
      SINGLE.has(plain.replace(/-/gu, '')) ||
      plain.split(/[-/]/u).some((part) => part.length >= 4 && (SINGLE.has(part) || ENDING.test(part))) ||
      ENDING.test(plain) ||
      fuzzyDrug(plain.replace(/-/gu, '')));
  if (known.size > 20_000) known.clear();
  known.set(token, result);
  return result;
}

/**
 * The multi-word drug names (`potassium chloride`, `vit k`) that start with
 * `first`, to be looked for at that token.
 *
 * @example
 * ```ts
 * multiWordDrugs('potassium'); // ['potassium chloride']
 * ```
 */
export function multiWordDrugs(first: string): readonly string[] {
  return MULTI.get(first) ?? [];
}

/** How many names (single and multi-word) the index holds, for the documentation and the bench. */
export const DRUG_VOCABULARY_SIZE = SINGLE.size + [...MULTI.values()].reduce((n, v) => n + v.length, 0);
