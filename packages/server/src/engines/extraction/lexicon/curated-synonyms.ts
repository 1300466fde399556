/**
 * Meridian's curated extraction synonyms: the everyday and abbreviated ways
 * notes name the conditions of the curated lists ("HTN", "afib", "CHF"),
 * each pointing at a code that a loaded value set holds. `synonymEntries`
 * checks every one against its set at load, so a mistyped code fails at
 * start-up (and in the tests) rather than reaching a Bundle.
 *
 * Source of the codes: the lists in `terminology/curated` (SNOMED CT
 * International Edition); the synonyms are common clinical usage.
 *
 * @module
 */
import { TERMINOLOGY_SYSTEMS } from '@meridian/fhir-adapter';
import { VALUE_SETS } from '../../terminology/value-set-catalogue.js';
import type { LexiconEntry } from './lexicon-entry.js';

type Synonyms = readonly [listId: string, snomedCode: string, terms: readonly string[]];

const SYNONYMS: readonly Synonyms[] = [
  ['meridian-hypertension', '38341003', ['hypertension', 'htn', 'high blood pressure', 'elevated blood pressure']],
  ['meridian-atrial-fibrillation', '49436004', ['atrial fibrillation', 'afib', 'a-fib', 'af']],
  ['meridian-heart-failure', '84114007', ['heart failure', 'hf', 'hfref', 'hfpef']],
  ['meridian-heart-failure', '42343007', ['congestive heart failure', 'chf']],
  ['meridian-diabetes', '73211009', ['diabetes', 'diabetes mellitus', 'dm']],
  ['meridian-diabetes', '44054006', ['type 2 diabetes', 'type 2 diabetes mellitus', 't2dm', 'dm2', 'dm ii', 'niddm']],
  ['meridian-diabetes', '46635009', ['type 1 diabetes', 'type 1 diabetes mellitus', 't1dm', 'dm1', 'iddm']],
  ['meridian-stroke', '230690007', ['stroke', 'cva', 'cerebrovascular accident']],
  ['meridian-tia', '266257000', ['tia', 'transient ischemic attack', 'transient ischaemic attack']],
  ['meridian-vascular-disease', '22298006', ['myocardial infarction', 'mi', 'heart attack', 'stemi', 'nstemi']],
  ['meridian-vascular-disease', '840580004', ['peripheral arterial disease', 'peripheral artery disease', 'pad']],
  ['meridian-coronary-disease', '53741008', ['coronary artery disease', 'cad', 'coronary disease']],
  ['meridian-coronary-disease', '194828000', ['angina', 'angina pectoris']],
  ['meridian-prior-vte', '128053003', ['deep vein thrombosis', 'deep venous thrombosis', 'dvt']],
  ['meridian-prior-vte', '59282003', ['pulmonary embolism', 'pe']],
  ['meridian-renal-dialysis-transplant', '46177005', ['end-stage renal disease', 'end stage renal disease', 'esrd']],
  ['meridian-chronic-liver-disease', '19943007', ['cirrhosis', 'liver cirrhosis']],
  ['meridian-bleeding-anaemia-thrombocytopenia', '271737000', ['anemia', 'anaemia']],
  [
    'meridian-bleeding-anaemia-thrombocytopenia',
    '74474003',
    ['gi bleed', 'gastrointestinal bleeding', 'gastrointestinal hemorrhage'],
  ],
  ['meridian-bleeding-anaemia-thrombocytopenia', '302215000', ['thrombocytopenia']],
  ['meridian-alcohol-misuse', '7200002', ['alcoholism', 'alcohol use disorder']],
  ['meridian-haemoptysis', '66857006', ['hemoptysis', 'haemoptysis']],
  ['meridian-pneumonia', '233604007', ['pneumonia']],
  ['meridian-pneumonia', '385093006', ['community acquired pneumonia', 'community-acquired pneumonia', 'cap']],
  ['meridian-copd', '13645005', ['copd', 'chronic obstructive pulmonary disease', 'emphysema']],
  ['meridian-malignancy', '363346000', ['malignancy', 'cancer', 'malignant neoplasm']],
];

/**
 * The synonym entries, each code checked against its list.
 *
 * @example
 * ```ts
 * synonymEntries().find((e) => e.terms.includes('htn'))?.codings[0]?.code; // '38341003'
 * ```
 */
export function synonymEntries(): LexiconEntry[] {
  return SYNONYMS.map(([listId, code, terms]) => {
    const check = VALUE_SETS.validateCode(listId, TERMINOLOGY_SYSTEMS.snomed, code);
    if (!check.result || !check.member) throw new Error(`extraction lexicon: SNOMED CT ${code} is not in ${listId}`);
    const display = check.member.display ?? terms[0]!;
    return {
      kind: 'condition' as const,
      name: display,
      terms,
      codings: [{ system: TERMINOLOGY_SYSTEMS.snomed, code, display }],
    };
  });
}
