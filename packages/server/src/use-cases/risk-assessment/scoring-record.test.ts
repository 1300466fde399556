import { buildPatientContext, FINDINGS, MEASURES, type MeasureDefinition } from '@meridian/fhir-adapter';
import { describe, expect, it } from 'vitest';
import { SCORING_CODE_WINDOWS, SCORING_RESOURCE_FILTERS } from './scoring-record.js';

const at = '2026-01-01T00:00:00Z';
const context = (resource: Record<string, unknown>) =>
  buildPatientContext(
    {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Patient', id: 'p' } }, { resource }],
    },
    { referenceTime: at, patientId: 'p' },
  );
const base = (type: string) => ({
  resourceType: type,
  id: 'x',
  subject: { reference: 'Patient/p' },
  code: { coding: [{ system: 'http://snomed.info/sct', code: '49436004' }] },
  medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '11289' }] },
});
const entries = (type: string, c: ReturnType<typeof context>) =>
  type === 'Condition' ? c.conditions : type === 'AllergyIntolerance' ? c.allergies : c.medications;

describe('the scoring record leaves out only what the adapter excludes', () => {
  for (const filter of SCORING_RESOURCE_FILTERS) {
    it(`${filter.type}: each status the query skips is one the adapter drops`, () => {
      expect(entries(filter.type, context(base(filter.type)))).toHaveLength(1);
      for (const status of filter.status ?? [])
        expect(entries(filter.type, context({ ...base(filter.type), status }))).toEqual([]);
      for (const code of filter.clinicalStatus ?? [])
        expect(entries(filter.type, context({ ...base(filter.type), clinicalStatus: { coding: [{ code }] } }))).toEqual(
          [],
        );
      for (const code of filter.verificationStatus ?? [])
        expect(
          entries(filter.type, context({ ...base(filter.type), verificationStatus: { coding: [{ code }] } })),
        ).toEqual([]);
    });
  }

  it('reads every code of every measure and finding, with the longest window of its concepts', () => {
    for (const m of Object.values(MEASURES) as MeasureDefinition[])
      for (const c of m.codings)
        expect(SCORING_CODE_WINDOWS.get(`${c.system}|${c.code}`)).toBeGreaterThanOrEqual(m.staleAfterHours * 3_600_000);
    for (const f of Object.values(FINDINGS))
      for (const c of f.codings)
        expect(SCORING_CODE_WINDOWS.get(`${c.system}|${c.code}`)).toBeGreaterThanOrEqual(f.staleAfterHours * 3_600_000);
    expect(SCORING_CODE_WINDOWS.get('http://loinc.org|8867-4')).toBe(24 * 3_600_000);
  });
});
