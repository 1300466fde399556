import type { MedicationEntry } from '@meridian/fhir-adapter';
import { describe, expect, it } from 'vitest';
import { computeCha2ds2Vasc } from './cha2ds2-vasc.js';
import { CDC_RACE, ICD10_CM, LOINC, RXNORM, SNOMED } from './codes/code-systems.js';
import { computeHasBled } from './has-bled.js';
import { computePceAscvd } from './pce/pce-ascvd.js';
import { condition, makeContext } from './testing/context-factory.js';
import { computeWellsPe } from './wells-pe.js';

/**
 * The examples of the independent check (issue 7): codes real EHRs send that
 * the short code lists missed, and the HAS-BLED criteria as Pisters 2010
 * defines them. Each asserts the score and the value set that matched.
 */
const codeOnly = (system: string, code: string, id: string): MedicationEntry => ({
  codes: [{ system, code }],
  status: 'active',
  source: `MedicationRequest/${id}`,
});
const inputOf = (r: { inputs: { name: string }[] }, name: string) => r.inputs.find((i) => i.name === name) as any;
const points = (r: { criteria: { name: string; points: number | null }[] }, name: string) =>
  r.criteria.find((c) => c.name === name)?.points;

describe('CHA2DS2-VASc sees specific SNOMED CT and ICD-10-CM codes', () => {
  const score = (system: string, code: string) =>
    computeCha2ds2Vasc(makeContext({ ageYears: 50, sex: 'male', conditions: [condition(system, code)] }));

  it('703272007 heart failure with reduced ejection fraction gives the C point, citing the VSAC Heart Failure set', () => {
    const r = score(SNOMED, '703272007');
    expect(points(r, 'congestiveHeartFailure')).toBe(1);
    expect(inputOf(r, 'congestiveHeartFailure').provenance.match.valueSet).toMatchObject({
      oid: '2.16.840.1.113883.3.526.3.376',
      title: 'Heart Failure',
    });
  });

  it('313436004 type 2 diabetes without complication gives the D point', () => {
    expect(points(score(SNOMED, '313436004'), 'diabetes')).toBe(1);
  });

  it('57054005 acute MI and E11.51 diabetic peripheral angiopathy give the V point', () => {
    expect(points(score(SNOMED, '57054005'), 'vascularDisease')).toBe(1);
    expect(points(score(ICD10_CM, 'E11.51'), 'vascularDisease')).toBe(1);
    expect(points(score('urn:oid:2.16.840.1.113883.6.90', 'e1151'), 'vascularDisease')).toBe(1);
  });

  it('coronary atherosclerosis alone is not CHA2DS2-VASc vascular disease (Lip 2010), but is ASCVD for PCE', () => {
    expect(points(score(ICD10_CM, 'I25.10'), 'vascularDisease')).toBe(0);
    expect(computePceAscvd(makeContext({ ageYears: 55, conditions: [condition(ICD10_CM, 'I25.10')] })).status).toBe(
      'not-applicable',
    );
  });

  it('names the sets searched when a criterion found nothing', () => {
    const absent = inputOf(score(SNOMED, '44054006'), 'congestiveHeartFailure');
    expect(absent.provenance.kind).toBe('record-absence');
    expect(absent.provenance.searched.map((s: { oid?: string; id: string }) => s.oid ?? s.id)).toEqual([
      '2.16.840.1.113883.3.526.3.376',
      '2.16.840.1.113762.1.4.1029.233',
      '2.16.840.1.113883.3.526.3.1090',
      'meridian-heart-failure',
    ]);
  });
});

describe('PCE', () => {
  const context = (overrides: Parameters<typeof makeContext>[0]) =>
    makeContext({
      ageYears: 55,
      sex: 'male',
      raceCodes: [{ system: CDC_RACE, code: '2106-3' }],
      measurements: { totalCholesterol: 213, hdlCholesterol: 50, systolicBp: 140 },
      findings: { smokingStatus: [{ system: SNOMED, code: '266919005' }] },
      ...overrides,
    });

  it('57054005 acute MI excludes the patient as established ASCVD', () => {
    const r = computePceAscvd(context({ conditions: [condition(SNOMED, '57054005')] }));
    expect(r.status).toBe('not-applicable');
    expect(r.probability).toBeNull();
  });

  it('RxNorm lisinopril 29046 with no display is blood-pressure treatment (VSAC ACE/ARB/ARNI ingredient set)', () => {
    const untreated = computePceAscvd(context({}));
    const treated = computePceAscvd(context({ medications: [codeOnly(RXNORM, '29046', 'lisinopril')] }));
    expect(inputOf(treated, 'onBloodPressureTreatment')).toMatchObject({
      value: true,
      provenance: { match: { valueSet: { oid: '2.16.840.1.113883.3.526.3.1489' }, coding: { code: '29046' } } },
    });
    expect(treated.probability!.value!).toBeGreaterThan(untreated.probability!.value!);
  });

  it('reads smoking status given as LOINC answer codes', () => {
    const smoker = computePceAscvd(context({ findings: { smokingStatus: [{ system: LOINC, code: 'LA18976-3' }] } }));
    const former = computePceAscvd(context({ findings: { smokingStatus: [{ system: LOINC, code: 'LA15920-4' }] } }));
    expect(inputOf(smoker, 'currentSmoker').value).toBe(true);
    expect(inputOf(former, 'currentSmoker').value).toBe(false);
    expect(
      inputOf(
        computePceAscvd(context({ findings: { smokingStatus: [{ system: LOINC, code: 'LA18979-7' }] } })),
        'currentSmoker',
      ).status,
    ).toBe('missing');
  });
});

describe('Wells PE keeps its points for specific DVT and cancer concepts', () => {
  const wells = (system: string, code: string) =>
    computeWellsPe(makeContext({ conditions: [condition(system, code)] }));
  it('404223003 DVT of lower extremity is a previous DVT', () =>
    expect(points(wells(SNOMED, '404223003'), 'previousDvtOrPe')).toBe(1.5));
  it('Z86.718 history of venous thrombosis is a previous DVT', () =>
    expect(points(wells(ICD10_CM, 'Z86.718'), 'previousDvtOrPe')).toBe(1.5));
  it('254637007 non-small cell lung cancer is a malignancy', () =>
    expect(points(wells(SNOMED, '254637007'), 'malignancy')).toBe(1));
  it('a cancer in remission is not active malignancy', () =>
    expect(points(wells(ICD10_CM, 'C91.01'), 'malignancy')).toBe(0));
});

describe('HAS-BLED as published (Pisters 2010)', () => {
  const hasBled = (overrides: Parameters<typeof makeContext>[0]) =>
    computeHasBled(makeContext({ ageYears: 50, measurements: { systolicBp: 120, creatinine: 90 }, ...overrides }), {
      labileInr: false,
    });

  it('alcohol abuse or dependence in remission (F10.11, F10.21) does not score the alcohol point; current dependence does', () => {
    for (const code of ['F10.11', 'F10.21', 'F1021']) {
      const r = hasBled({ conditions: [condition(ICD10_CM, code)] });
      expect(inputOf(r, 'alcoholExcess').status, code).toBe('missing');
      expect(inputOf(r, 'alcoholExcess').searched.length, code).toBeGreaterThan(0);
    }
    expect(points(hasBled({ conditions: [condition(ICD10_CM, 'F10.20')] }), 'alcoholExcess')).toBe(1);
  });

  it('thrombophilias (D68.51 Factor V Leiden, D68.61 antiphospholipid syndrome) do not score bleeding predisposition', () => {
    for (const code of ['D68.51', 'D68.61', 'D68.62', 'D68.69'])
      expect(
        points(hasBled({ conditions: [condition(ICD10_CM, code)] }), 'bleedingHistoryOrPredisposition'),
        code,
      ).toBe(0);
  });

  it('sickle-cell trait (D57.3) does not score; sickle-cell disease, anaemia and thrombocytopenia do', () => {
    expect(points(hasBled({ conditions: [condition(ICD10_CM, 'D57.3')] }), 'bleedingHistoryOrPredisposition')).toBe(0);
    for (const code of ['D57.00', 'D64.9', 'D62', 'D69.6', 'D68.0', 'K92.2']) {
      expect(
        points(hasBled({ conditions: [condition(ICD10_CM, code)] }), 'bleedingHistoryOrPredisposition'),
        code,
      ).toBe(1);
    }
  });

  it('RxNorm ibuprofen 5640 with no display scores the drugs point; an anticoagulant does not', () => {
    const r = hasBled({ medications: [codeOnly(RXNORM, '5640', 'ibuprofen')] });
    expect(points(r, 'antiplateletOrNsaid')).toBe(1);
    expect(inputOf(r, 'antiplateletOrNsaid').provenance.match.valueSet.id).toBe('meridian-nsaid-ingredients');
    const apixaban = {
      codes: [{ system: RXNORM, code: '1364445', display: 'apixaban 5 MG Oral Tablet' }],
      status: 'active',
      source: 'MedicationRequest/a',
    };
    expect(points(hasBled({ medications: [apixaban] }), 'antiplateletOrNsaid')).toBe(0);
  });

  it('a transient ischaemic attack is not a stroke for HAS-BLED', () => {
    expect(points(hasBled({ conditions: [condition(ICD10_CM, 'G45.9')] }), 'strokeHistory')).toBe(0);
    expect(points(hasBled({ conditions: [condition(ICD10_CM, 'I63.9')] }), 'strokeHistory')).toBe(1);
  });
});

describe('curated population lists', () => {
  it('CURB-65 warns when no pneumonia is recorded, and not when J18.9 is', async () => {
    const { computeCurb65 } = await import('./curb-65.js');
    const caveat = (conditions: ReturnType<typeof condition>[]) =>
      computeCurb65(makeContext({ ageYears: 70, conditions })).warnings.some((w) => w.code === 'population-caveat');
    expect(caveat([])).toBe(true);
    expect(caveat([condition(ICD10_CM, 'J18.9')])).toBe(false);
  });

  it('NEWS2 keeps Scale 1 for COPD but prompts the clinician; hypercapnic failure J96.12 selects Scale 2 as a proxy', async () => {
    const { computeNews2 } = await import('./news2/news2.js');
    const copd = computeNews2(makeContext({ conditions: [condition(ICD10_CM, 'J44.9')] }));
    expect(copd.inputs.find((i) => i.name === 'useSpo2Scale2')?.value).toBe(false);
    expect(copd.warnings.find((w) => w.input === 'useSpo2Scale2')?.code).toBe('population-caveat');
    expect(
      computeNews2(makeContext({ conditions: [condition(ICD10_CM, 'J96.12')] })).inputs.find(
        (i) => i.name === 'useSpo2Scale2',
      )?.value,
    ).toBe(true);
  });
});
