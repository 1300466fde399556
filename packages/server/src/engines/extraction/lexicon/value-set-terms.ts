/**
 * Lexicon entries taken from the value sets Meridian already loads: the
 * SNOMED CT conditions of its curated condition lists and the RxNorm
 * ingredients (TTY IN) of every loaded set, named by their display. No code
 * is made up here: each comes from a vendored VSAC set or a curated list
 * whose sources are noted in `terminology/curated`.
 *
 * @module
 */
import { TERMINOLOGY_SYSTEMS } from '@meridian/fhir-adapter';
import { VALUE_SETS } from '../../terminology/value-set-catalogue.js';
import type { LexiconEntry } from './lexicon-entry.js';

/** The curated condition lists whose SNOMED CT members name conditions in notes. */
export const CONDITION_LIST_IDS = [
  'meridian-atrial-fibrillation',
  'meridian-heart-failure',
  'meridian-hypertension',
  'meridian-diabetes',
  'meridian-stroke',
  'meridian-tia',
  'meridian-vascular-disease',
  'meridian-coronary-disease',
  'meridian-prior-vte',
  'meridian-renal-dialysis-transplant',
  'meridian-chronic-liver-disease',
  'meridian-bleeding-anaemia-thrombocytopenia',
  'meridian-alcohol-misuse',
  'meridian-malignancy',
  'meridian-haemoptysis',
  'meridian-pneumonia',
  'meridian-copd',
] as const;

const INGREDIENT = /^[a-z][a-z-]+(?: [a-z][a-z-]+)?$/u;

/**
 * Condition entries (SNOMED CT, from the curated lists) and medication
 * entries (RxNorm ingredients whose display is a plain lower-case name).
 *
 * @example
 * ```ts
 * valueSetEntries().find((e) => e.name === 'warfarin')?.codings[0]?.code; // '11289'
 * ```
 */
export function valueSetEntries(): LexiconEntry[] {
  const out = new Map<string, LexiconEntry>();
  for (const id of CONDITION_LIST_IDS) {
    for (const m of VALUE_SETS.require(id).members.values()) {
      if (m.system !== TERMINOLOGY_SYSTEMS.snomed || !m.display) continue;
      const name = m.display;
      out.set(`c:${name.toLowerCase()}`, {
        kind: 'condition',
        name,
        terms: [name],
        codings: [{ system: m.system, code: m.code, display: m.display }],
      });
    }
  }
  for (const vs of VALUE_SETS.list()) {
    for (const m of vs.members.values()) {
      if (m.system !== TERMINOLOGY_SYSTEMS.rxnorm || !m.display || !INGREDIENT.test(m.display)) continue;
      const key = `m:${m.display}`;
      if (!out.has(key))
        out.set(key, {
          kind: 'medication',
          name: m.display,
          terms: [m.display],
          codings: [{ system: m.system, code: m.code, display: m.display }],
        });
    }
  }
  return [...out.values()];
}
