/**
 * Notes as clinicians write them: abbreviations ("c/o", "SOB", "pt", "hx
 * of"), units glued to numbers, numbered and bulleted lists, allergies with
 * their reactions; the Bundle is valid FHIR R4 (official JSON schema and FHIR.js).
 */
import type { AllergyIntolerance, Bundle, Condition, MedicationStatement, Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { extractWithRules } from './extract-with-rules.js';

const subject = { reference: 'Patient/p1' };
const NOTE = `ED note
Pt is a 78F c/o SOB and chest pain x2d. Hx of HTN; no hx of DVT.
PMH:
1. T2DM
2. AF on apixaban
- CKD
Allergies: penicillin (rash, hives); allergic to sulfa - urticaria; codeine causes nausea.
Obs: BP 140/90mmHg, HR 112, T38.6, RR 24, SpO2 91% RA.
Labs: Cr 92umol/L, Urea 8.1 mmol/L. Glucose 7.2 mmol/L, Chol 5.2 mmol/L.
Creatinine 92 umol/L.`;

const resources = (bundle: Bundle) => bundle.entry!.map((e) => e.resource!);
const ofType = <T>(bundle: Bundle, type: string) => resources(bundle).filter((r) => r.resourceType === type) as T[];
const texts = (bundle: Bundle, type: string) => ofType<Condition>(bundle, type).map((r) => r.code?.text);

describe('notes written as clinicians write them', () => {
  const { bundle, counts } = extractWithRules(NOTE, subject);

  it('is valid FHIR R4', () => {
    const validation = validateR4(bundle);
    expect(validation.schemaErrors).toEqual([]);
    expect(validation.fhirJsErrors).toEqual([]);
  });

  it('reads abbreviations and list items as conditions, with their assertions', () => {
    const conditions = ofType<Condition>(bundle, 'Condition');
    expect(conditions.map((c) => c.code?.text)).toEqual(['SOB', 'chest pain', 'HTN', 'DVT', 'T2DM', 'AF', 'CKD']);
    const dvt = conditions.find((c) => c.code?.text === 'DVT')!;
    expect(dvt.verificationStatus?.coding?.[0]?.code).toBe('refuted');
    const medications = ofType<MedicationStatement>(bundle, 'MedicationStatement');
    expect(medications.map((m) => m.medicationCodeableConcept?.text)).toEqual(['apixaban']);
  });

  it("puts each allergy's reaction into reaction[].manifestation, never into a Condition", () => {
    const allergies = ofType<AllergyIntolerance>(bundle, 'AllergyIntolerance');
    const reactions = Object.fromEntries(
      allergies.map((a) => [a.code?.text, a.reaction?.flatMap((r) => r.manifestation.map((m) => m.text))]),
    );
    expect(reactions).toEqual({
      penicillin: ['rash', 'hives'],
      sulfa: ['urticaria'],
      codeine: ['nausea'],
    });
    expect(texts(bundle, 'Condition')).not.toEqual(expect.arrayContaining(['rash']));
    expect(counts.resources.Condition).toBe(7);
  });

  it('reads glued units and names, without the full stop, with the LOINC code of the unit', () => {
    const observations = ofType<Observation>(bundle, 'Observation').map((o) => [
      o.code.coding?.[0]?.code,
      o.valueQuantity?.value ?? o.component?.map((c) => c.valueQuantity?.value).join('/'),
      o.valueQuantity?.code ?? o.component?.[0]?.valueQuantity?.code,
    ]);
    expect(observations).toEqual([
      ['85354-9', '140/90', 'mm[Hg]'],
      ['8867-4', 112, '/min'],
      ['8310-5', 38.6, 'Cel'],
      ['9279-1', 24, '/min'],
      ['59408-5', 91, '%'],
      ['14682-9', 92, 'umol/L'],
      ['22664-7', 8.1, 'mmol/L'],
      ['14749-6', 7.2, 'mmol/L'],
      ['14647-2', 5.2, 'mmol/L'],
      ['14682-9', 92, 'umol/L'],
    ]);
    expect(JSON.stringify(bundle)).not.toContain('umol/L.');
    expect(JSON.stringify(bundle)).not.toContain('"2160-0"');
  });

  it('a reaction stated as unknown, or a refuted allergy, gets no reaction', () => {
    const { bundle: b } = extractWithRules('Allergies: sulfa - reaction unknown. No allergy to latex (rash).', subject);
    expect(ofType<AllergyIntolerance>(b, 'AllergyIntolerance').map((a) => a.reaction)).toEqual([undefined, undefined]);
  });
});
