/**
 * Curated RxNorm ingredient (TTY IN) lists for the drug classes no published
 * set covers at ingredient level: NSAIDs above all (the VSAC sets hold only
 * ketorolac and indomethacin products), antiplatelets, vitamin K antagonists
 * and the blood-pressure-lowering classes outside the ACE/ARB/ARNI and
 * beta-blocker ingredient sets. Clinical-drug (SCD) and branded (SBD) codes
 * come from the VSAC medication sets; an SCD of an ingredient listed here but
 * in no VSAC set is recognised by its name (display or text), as before.
 *
 * RXCUIs are those of the ingredient concepts in RxNorm (NLM, RxNav); the ones
 * also present in the vendored VSAC ingredient sets were checked against them.
 *
 * @module
 */
import { TERMINOLOGY_SYSTEMS, type CuratedList } from '@meridian/fhir-adapter';

const { rxnorm: RXNORM } = TERMINOLOGY_SYSTEMS;
const RXNAV = 'RxNorm (US National Library of Medicine), ingredient concepts (TTY IN), as listed by RxNav';
const ingredient = (code: string, display: string) => ({ system: RXNORM, code, display });

/** NSAIDs by ingredient (HAS-BLED "drugs"). @example `NSAID_INGREDIENTS_LIST.codes[0]` */
export const NSAID_INGREDIENTS_LIST = {
  id: 'meridian-nsaid-ingredients',
  title: 'Non-steroidal anti-inflammatory drugs, ingredients (Meridian curated)',
  description:
    'Systemic NSAIDs by RxNorm ingredient. Topical products share the ingredient code; the matched coding is shown in the provenance so that a clinician can override.',
  sources: [
    RXNAV,
    'Pisters 2010 (HAS-BLED D: antiplatelet agents, NSAIDs)',
    'fixtures/valuesets/README.md (NSAIDs other than ketorolac and indomethacin are in no set)',
  ],
  codes: [
    ingredient('5640', 'ibuprofen'),
    ingredient('7258', 'naproxen'),
    ingredient('3355', 'diclofenac'),
    ingredient('140587', 'celecoxib'),
    ingredient('41493', 'meloxicam'),
    ingredient('5781', 'indomethacin'),
    ingredient('35827', 'ketorolac'),
    ingredient('6142', 'ketoprofen'),
    ingredient('8356', 'piroxicam'),
    ingredient('24605', 'etodolac'),
    ingredient('31448', 'nabumetone'),
    ingredient('10237', 'sulindac'),
    ingredient('4502', 'flurbiprofen'),
    ingredient('3393', 'diflunisal'),
    ingredient('32613', 'oxaprozin'),
    ingredient('4331', 'fenoprofen'),
    ingredient('10636', 'tolmetin'),
  ],
} as const satisfies CuratedList;

/** Antiplatelet agents by ingredient (HAS-BLED "drugs"). @example `ANTIPLATELET_INGREDIENTS_LIST.id` */
export const ANTIPLATELET_INGREDIENTS_LIST = {
  id: 'meridian-antiplatelet-ingredients',
  title: 'Antiplatelet agents, ingredients (Meridian curated)',
  description:
    'Antiplatelet agents by RxNorm ingredient, including prasugrel and cilostazol, which no published set holds.',
  sources: [RXNAV, 'fixtures/valuesets/README.md ("Prasugrel, cilostazol and aspirin/dipyridamole are missing")'],
  codes: [
    ingredient('1191', 'aspirin'),
    ingredient('32968', 'clopidogrel'),
    ingredient('613391', 'prasugrel'),
    ingredient('1116632', 'ticagrelor'),
    ingredient('10594', 'ticlopidine'),
    ingredient('3521', 'dipyridamole'),
    ingredient('21107', 'cilostazol'),
    ingredient('1537034', 'vorapaxar'),
  ],
} as const satisfies CuratedList;

/** Vitamin K antagonists by ingredient. @example `VKA_INGREDIENTS_LIST.id` */
export const VKA_INGREDIENTS_LIST = {
  id: 'meridian-vka-ingredients',
  title: 'Vitamin K antagonists, ingredients (Meridian curated)',
  description: 'Vitamin K antagonists by RxNorm ingredient (the VSAC warfarin set holds clinical drugs only).',
  sources: [RXNAV],
  codes: [ingredient('11289', 'warfarin'), ingredient('154', 'acenocoumarol'), ingredient('8150', 'phenprocoumon')],
} as const satisfies CuratedList;

/** Blood-pressure-lowering ingredients outside the ACE/ARB/ARNI and beta-blocker ingredient sets. @example `ANTIHYPERTENSIVE_INGREDIENTS_LIST.id` */
export const ANTIHYPERTENSIVE_INGREDIENTS_LIST = {
  id: 'meridian-antihypertensive-ingredients',
  title: 'Blood-pressure-lowering drugs, other ingredients (Meridian curated)',
  description:
    'Calcium-channel blockers, thiazide and loop diuretics, mineralocorticoid antagonists, alpha-blockers, central agents, vasodilators and aliskiren by RxNorm ingredient; ACE inhibitors, ARBs, ARNI and beta-blockers come from the VSAC ingredient sets.',
  sources: [RXNAV, 'Whelton PK et al. 2017 ACC/AHA hypertension guideline, Table 18 (oral antihypertensive drugs)'],
  codes: [
    ingredient('17767', 'amlodipine'),
    ingredient('4316', 'felodipine'),
    ingredient('7417', 'nifedipine'),
    ingredient('3443', 'diltiazem'),
    ingredient('11170', 'verapamil'),
    ingredient('5487', 'hydrochlorothiazide'),
    ingredient('2409', 'chlorthalidone'),
    ingredient('5764', 'indapamide'),
    ingredient('4603', 'furosemide'),
    ingredient('1808', 'bumetanide'),
    ingredient('38413', 'torsemide'),
    ingredient('9997', 'spironolactone'),
    ingredient('298869', 'eplerenone'),
    ingredient('644', 'amiloride'),
    ingredient('10763', 'triamterene'),
    ingredient('49276', 'doxazosin'),
    ingredient('8629', 'prazosin'),
    ingredient('37798', 'terazosin'),
    ingredient('2599', 'clonidine'),
    ingredient('6876', 'methyldopa'),
    ingredient('5470', 'hydralazine'),
    ingredient('325646', 'aliskiren'),
    ingredient('1998', 'captopril'),
    ingredient('20352', 'carvedilol'),
    ingredient('6918', 'metoprolol'),
    ingredient('8787', 'propranolol'),
  ],
} as const satisfies CuratedList;
