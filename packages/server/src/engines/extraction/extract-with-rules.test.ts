import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { extractWithRules } from './extract-with-rules.js';
import { SOURCE_SPAN_URL } from './fhir/extensions.js';
import { SAMPLE_NOTE } from './testing/sample-note.js';

const subject = { reference: 'Patient/p1' };
const spanOf = (resource: {
  extension?: Array<{ url: string; extension?: Array<{ url: string; valueInteger?: number; valueString?: string }> }>;
}) => {
  const ext = resource.extension?.find((e) => e.url === SOURCE_SPAN_URL)?.extension ?? [];
  const get = (url: string) => ext.find((e) => e.url === url);
  return {
    start: get('start')?.valueInteger ?? -1,
    end: get('end')?.valueInteger ?? -1,
    text: get('text')?.valueString,
  };
};
const byText = (text: string) =>
  extractWithRules(SAMPLE_NOTE, subject)
    .bundle.entry!.map((e) => e.resource as any)
    .find((r) => spanOf(r).text === text);

describe('rules engine: note to FHIR R4 Bundle', () => {
  it('produces a collection Bundle that is valid FHIR R4 (JSON schema and FHIR.js)', () => {
    const { bundle, counts } = extractWithRules(SAMPLE_NOTE, subject);
    const validation = validateR4(bundle);
    expect(validation.schemaErrors).toEqual([]);
    expect(validation.fhirJsErrors).toEqual([]);
    expect(counts.resources).toMatchObject({
      Condition: expect.any(Number),
      MedicationStatement: 4,
      AllergyIntolerance: 1,
      Procedure: 1,
      FamilyMemberHistory: 2,
      Observation: 8,
    });
    expect(counts.skipped.negatedFamilyHistory).toBe(1);
  });

  it('counts what it did not recognise', () => {
    const { counts } = extractWithRules('The weather is fine.\nHTN.\nWe talked about the garden.', subject);
    expect(counts).toMatchObject({
      sentences: 3,
      sentencesWithoutFindings: 2,
      coded: 1,
      textOnly: 0,
      resources: { Condition: 1 },
    });
  });

  it('maps assertions onto FHIR statuses', () => {
    expect(byText('fever')).toMatchObject({
      resourceType: 'Condition',
      verificationStatus: { coding: [{ code: 'refuted' }] },
    });
    expect(byText('fever').clinicalStatus).toBeUndefined();
    expect(byText('pneumonia')).toMatchObject({
      verificationStatus: { coding: [{ code: 'unconfirmed' }] },
      code: { coding: [{ code: '233604007' }] },
    });
    expect(byText('MI')).toMatchObject({
      onsetString: 'before this note',
      verificationStatus: { coding: [{ code: 'confirmed' }] },
    });
    expect(byText('edema')).toMatchObject({ clinicalStatus: { coding: [{ code: 'active' }] } });
    expect(byText('warfarin')).toMatchObject({
      resourceType: 'MedicationStatement',
      status: 'not-taken',
      medicationCodeableConcept: { coding: [{ code: '11289' }] },
    });
    expect(byText('nivolumab')).toMatchObject({ status: 'active', medicationCodeableConcept: { text: 'nivolumab' } });
    expect(byText('nivolumab').medicationCodeableConcept.coding).toBeUndefined();
    expect(byText('penicillin')).toMatchObject({ resourceType: 'AllergyIntolerance', patient: subject });
    expect(byText('appendectomy')).toMatchObject({ resourceType: 'Procedure', status: 'completed' });
    expect(byText('breast cancer') ?? byText('cancer')).toMatchObject({
      resourceType: 'FamilyMemberHistory',
      relationship: { coding: [{ code: 'MTH' }] },
    });
    expect(byText('stroke')).toMatchObject({
      resourceType: 'FamilyMemberHistory',
      relationship: { coding: [{ code: 'FTH' }] },
    });
    expect(byText('BP 142/88 mmHg').component.map((c: any) => c.valueQuantity.code)).toEqual(['mm[Hg]', 'mm[Hg]']);
  });

  it('property: every span slices the note to its evidence text', () => {
    const clinical = fc.array(
      fc.constantFrom(
        'Denies',
        'chest pain',
        'HTN',
        'no',
        'but',
        'BP 120/80',
        'HR 88',
        'mother',
        'aspirin',
        'allergic to',
        'penicillin',
        '.',
        '\n',
        'FH:',
        'PMH:',
        ' ',
        'possible',
        'pneumonia',
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          clinical.map((parts) => parts.join(' ')),
          fc.string({ maxLength: 300 }),
        ),
        (note) => {
          for (const entry of extractWithRules(note, subject).bundle.entry ?? []) {
            const span = spanOf(entry.resource as never);
            expect(note.slice(span.start, span.end)).toBe(span.text);
            expect(span.end).toBeGreaterThan(span.start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: never throws on arbitrary strings (unicode included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (note) => {
        expect(extractWithRules(note, subject).bundle.resourceType).toBe('Bundle');
      }),
      { numRuns: 300 },
    );
  });
});
