// bench/value-set-coverage: coverage of the published VSAC members by the code lists of e55ef5a (before) and the concepts (after).
// The old lists are checked out first into bench/.old-codes (git-ignored); see docs/BENCHMARKS.md for the commands.
import * as cv from './.old-codes/cardiovascular-codes.js';
import * as other from './.old-codes/other-condition-codes.js';
import * as meds from './.old-codes/medication-codes.js';
import { findMatchingCoding, medicationMatches } from './.old-codes/code-set.js';
import * as C from '../packages/server/src/engines/risk/codes/condition-concepts.js';
import * as M from '../packages/server/src/engines/risk/codes/medication-concepts.js';
import { VALUE_SETS } from '../packages/server/src/engines/terminology/value-set-catalogue.js';
import { medicationMatch } from '../packages/server/src/engines/risk/core/coded-match.js';
import { DERIVED_EXCLUSIONS, CURATED_EXCLUSIONS } from '../packages/server/src/engines/terminology/exclusions.js';

const rows = [
  ['CHA2DS2-VASc C heart failure', [cv.HEART_FAILURE_CODES], C.HEART_FAILURE, false],
  ['CHA2DS2-VASc H hypertension', [cv.HYPERTENSION_CODES], C.HYPERTENSION, false],
  ['CHA2DS2-VASc D / PCE diabetes', [cv.DIABETES_CODES], C.DIABETES, false],
  [
    'CHA2DS2-VASc S2 stroke/TIA/TE',
    [cv.STROKE_CODES, cv.TIA_CODES, cv.SYSTEMIC_THROMBOEMBOLISM_CODES],
    C.STROKE_TIA_OR_THROMBOEMBOLISM,
    false,
  ],
  ['CHA2DS2-VASc V vascular disease', [cv.VASCULAR_DISEASE_CODES], C.VASCULAR_DISEASE, false],
  [
    'PCE established ASCVD',
    [cv.VASCULAR_DISEASE_CODES, cv.CORONARY_DISEASE_CODES, cv.STROKE_CODES, cv.TIA_CODES],
    C.ESTABLISHED_ASCVD,
    false,
  ],
  ['HAS-BLED S stroke', [cv.STROKE_CODES], C.STROKE_HISTORY, false],
  [
    'HAS-BLED B bleeding/anaemia',
    [other.BLEEDING_HISTORY_OR_PREDISPOSITION_CODES],
    C.BLEEDING_HISTORY_OR_PREDISPOSITION,
    false,
  ],
  ['HAS-BLED A renal', [other.RENAL_DIALYSIS_OR_TRANSPLANT_CODES], C.RENAL_DIALYSIS_OR_TRANSPLANT, false],
  ['HAS-BLED A liver', [other.CHRONIC_LIVER_DISEASE_CODES], C.CHRONIC_LIVER_DISEASE, false],
  ['HAS-BLED D alcohol', [other.ALCOHOL_MISUSE_CODES], C.ALCOHOL_EXCESS, false],
  ['Wells previous DVT/PE', [cv.PRIOR_VTE_CODES], C.PRIOR_VTE, false],
  ['Wells malignancy', [other.MALIGNANCY_CODES], C.MALIGNANCY, false],
  [
    'NEWS2 hypercapnic failure',
    [other.HYPERCAPNIC_RESPIRATORY_FAILURE_CODES],
    C.HYPERCAPNIC_RESPIRATORY_FAILURE,
    false,
  ],
  ['HAS-BLED D antiplatelet/NSAID', [meds.ANTIPLATELET_OR_NSAID_MEDICATIONS], M.ANTIPLATELET_OR_NSAID, true],
  ['HAS-BLED L vitamin K antagonist', [meds.VITAMIN_K_ANTAGONIST_MEDICATIONS], M.VITAMIN_K_ANTAGONIST, true],
  ['PCE antihypertensive', [meds.ANTIHYPERTENSIVE_MEDICATIONS], M.ANTIHYPERTENSIVE, true],
];
console.log(
  '| concept | codes in its published and curated sets (after exclusions) | before, with display | before, code only | after, with display | after, code only | excluded codes the old list counted |',
);
console.log('|---|---|---|---|---|---|---|');
const excludedCodes = [
  ...DERIVED_EXCLUSIONS.flatMap((e) => e.codes),
  ...CURATED_EXCLUSIONS.flatMap((e) => e.codes.filter((c) => c.match !== 'prefix')),
];
for (const [label, old, concept, med] of rows) {
  const sets = (med ? concept.concept : concept).searched;
  const c = med ? concept.concept : concept;
  const members = new Map();
  for (const ref of sets)
    for (const [k, m] of VALUE_SETS.require(ref.id).members) if (!c.excludedBy([m])) members.set(k, m);
  const all = [...members.values()];
  const oldHit = (m, display) =>
    old.some((set) =>
      med
        ? medicationMatches(
            [{ system: m.system, code: m.code, ...(display ? { display: m.display } : {}) }],
            undefined,
            set,
          )
        : findMatchingCoding([m], set) !== undefined,
    );
  const newHit = (m, display) =>
    med
      ? medicationMatch(
          { codes: [{ system: m.system, code: m.code, ...(display ? { display: m.display } : {}) }] },
          concept,
        ) !== undefined
      : c.match([m]) !== undefined;
  const n = (f) => all.filter(f).length;
  const wrongBefore = excludedCodes.filter((x) => c.excludedBy([x]) && oldHit(x, true)).map((x) => x.code);
  console.log(
    `| ${label} | ${all.length} | ${n((m) => oldHit(m, true))} | ${n((m) => oldHit(m, false))} | ${n((m) => newHit(m, true))} | ${n((m) => newHit(m, false))} | ${new Set(wrongBefore).size}${wrongBefore.length && wrongBefore.length < 12 ? ` (${[...new Set(wrongBefore)].join(', ')})` : ''} |`,
  );
}
