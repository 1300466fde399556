import { codeKey, isDottedIcdSystem, SYSTEM_ALIASES, type ClinicalConcept } from '@meridian/fhir-adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALUE_SETS } from '../../terminology/value-set-catalogue.js';
import { exclusionsProtecting } from '../../terminology/exclusions.js';
import * as conditions from './condition-concepts.js';
import * as findings from './finding-concepts.js';
import * as medications from './medication-concepts.js';

/**
 * Property tests over the loaded value sets: every member of every set a
 * concept searches is recognised (written with any alias of its system, and
 * ICD-10-CM with or without the dot), unless an exclusion protecting the
 * concept's criterion names it; every excluded code is refused.
 */
const CONCEPTS: ClinicalConcept[] = [
  ...Object.values(conditions),
  ...Object.values(findings),
  ...Object.values(medications).map((m) => m.concept),
];
const aliasesOf = (system: string) => [
  system,
  ...Object.entries(SYSTEM_ALIASES)
    .filter(([, canonical]) => canonical === system)
    .map(([alias]) => alias),
];

describe.each(CONCEPTS.map((c) => [c.id, c] as const))('concept %s', (_, concept) => {
  const members = concept.searched.flatMap((ref) => [...VALUE_SETS.require(ref.id).members.values()]);
  const kept = members.filter((m) => !concept.excludedBy([m]));

  it('recognises every member of its value sets that no exclusion names, in any spelling', () => {
    expect(kept.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...kept), fc.boolean(), (member, dotless) => {
        for (const system of aliasesOf(member.system)) {
          const code =
            dotless && isDottedIcdSystem(member.system) ? member.code.replace('.', '').toLowerCase() : member.code;
          expect(concept.match([{ system, code }]), `${system}|${code}`).toBeDefined();
        }
      }),
      { numRuns: Math.min(200, kept.length * 2) },
    );
  });

  it('holds every kept member, and only keys of loaded sets', () => {
    const keys = new Set([...concept.members()].map(([key]) => key));
    for (const member of kept)
      if (!concept.excludedBy([member]))
        expect(keys.has(codeKey(member.system, member.code)!) || concept.match([member])).toBeTruthy();
    expect(concept.size).toBeGreaterThanOrEqual(keys.size);
  });
});

describe('exclusions', () => {
  const byCriterion: [string, ClinicalConcept][] = [
    ['cha2ds2-vasc.hypertension', conditions.HYPERTENSION],
    ['cha2ds2-vasc.strokeTiaOrThromboembolism', conditions.STROKE_TIA_OR_THROMBOEMBOLISM],
    ['cha2ds2-vasc.vascularDisease', conditions.VASCULAR_DISEASE],
    ['has-bled.strokeHistory', conditions.STROKE_HISTORY],
    ['has-bled.bleedingHistoryOrPredisposition', conditions.BLEEDING_HISTORY_OR_PREDISPOSITION],
    ['has-bled.alcoholExcess', conditions.ALCOHOL_EXCESS],
    ['has-bled.abnormalRenalFunction', conditions.RENAL_DIALYSIS_OR_TRANSPLANT],
    ['has-bled.abnormalLiverFunction', conditions.CHRONIC_LIVER_DISEASE],
    ['has-bled.antiplateletOrNsaid', medications.ANTIPLATELET_OR_NSAID.concept],
    ['pce-ascvd.establishedAscvd', conditions.ESTABLISHED_ASCVD],
    ['pce-ascvd.currentSmoker', findings.CURRENT_SMOKER],
    ['wells-pe.previousDvtOrPe', conditions.PRIOR_VTE],
    ['wells-pe.malignancy', conditions.MALIGNANCY],
    ['news2.useSpo2Scale2', conditions.HYPERCAPNIC_RESPIRATORY_FAILURE],
  ];

  it.each(byCriterion)(
    'every code excluded for %s is refused by its concept, and names that criterion',
    (criterion, concept) => {
      const excluded = exclusionsProtecting(criterion).flatMap((e) =>
        e.codes.map((code) => ({ ...code, reason: e.reason })),
      );
      expect(excluded.length).toBeGreaterThan(0);
      for (const code of excluded) {
        expect(
          concept.match([{ system: code.system, code: code.code }]),
          `${code.code} (${code.reason})`,
        ).toBeUndefined();
        expect(concept.excludedBy([{ system: code.system, code: code.code }])?.protects).toBe(criterion);
      }
    },
  );

  it('keeps the reviewed decisions: diabetic peripheral angiopathy counts as PAD, ESRD as abnormal renal function', () => {
    expect(
      conditions.VASCULAR_DISEASE.match([{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E08.51' }]),
    ).toBeDefined();
    expect(
      conditions.RENAL_DIALYSIS_OR_TRANSPLANT.match([{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'N18.6' }]),
    ).toBeDefined();
  });
});
