import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE_SPAN_URL } from '../fhir/extensions.js';
import { chunkText } from '../text/chunks.js';
import { findEvidence } from './find-evidence.js';
import { groundDraft } from './ground-draft.js';
import type { DraftItem, ExtractionDraft } from './model-draft.js';

const note = 'Pt with HTN.  Denies   chest pain.\nCreatinine 1.4 mg/dL. Started nivolumab.';
const subject = { reference: 'Patient/p1' };
const item = (over: Partial<DraftItem>): DraftItem => ({
  kind: 'condition',
  name: 'x',
  evidence: 'x',
  assertion: 'affirmed',
  value: null,
  unit: null,
  ...over,
});

describe('grounding a model draft in the note', () => {
  it('finds evidence exactly, or after normalising case, spaces and dashes, at the note offsets', () => {
    expect(findEvidence(note, 'HTN')).toEqual({ start: 8, end: 11, match: 'exact' });
    const loose = findEvidence(note, 'denies chest pain');
    expect(loose?.match).toBe('normalised');
    expect(note.slice(loose!.start, loose!.end)).toBe('Denies   chest pain');
    expect(findEvidence('a—b', 'A-B')).toEqual({ start: 0, end: 3, match: 'normalised' });
    expect(findEvidence(note, 'chest pain radiating to the jaw')).toBeNull();
  });

  it('looks in the piece the model was shown first, then in the whole note', () => {
    const twice = 'HTN. Cough. HTN again.';
    expect(findEvidence(twice, 'HTN', { start: 12, end: twice.length })?.start).toBe(12);
    expect(findEvidence(twice, 'Cough', { start: 12, end: twice.length })?.start).toBe(5);
    expect(findEvidence(twice, 'htn AGAIN', { start: 12, end: twice.length })).toEqual({
      start: 12,
      end: 21,
      match: 'normalised',
    });
  });

  it("puts a drafted allergy's reaction into the allergy, codes molar creatinine by its unit, strips the full stop", () => {
    const text = 'Allergies: penicillin (rash). Creatinine 92 umol/L.';
    const grounded = groundDraft(
      text,
      {
        items: [
          item({ kind: 'allergy', name: 'penicillin', evidence: 'penicillin' }),
          item({ name: 'rash', evidence: 'rash' }),
          item({
            kind: 'observation',
            name: 'creatinine',
            evidence: 'Creatinine 92 umol/L',
            value: 92,
            unit: 'umol/L.',
          }),
        ],
        oncology: null,
      },
      subject,
    );
    const resources = grounded.items.map((i) => i.resource as any);
    expect(resources.map((r) => r.resourceType)).toEqual(['AllergyIntolerance', 'Observation']);
    expect(resources[0].reaction).toEqual([{ manifestation: [{ text: 'rash' }] }]);
    expect(resources[1].code.coding[0].code).toBe('14682-9');
    expect(resources[1].valueQuantity.unit).toBe('umol/L');
  });

  it('keeps grounded items with their spans and lexicon codes, drops a fabricated one and counts it', () => {
    const draft: ExtractionDraft = {
      items: [
        item({ name: 'hypertension', evidence: 'HTN' }),
        item({ name: 'chest pain', evidence: 'denies chest pain', assertion: 'negated' }),
        item({ kind: 'observation', name: 'creatinine', evidence: 'Creatinine 1.4 mg/dL', value: 1.4, unit: 'mg/dL' }),
        item({ kind: 'medication', name: 'nivolumab', evidence: 'Started nivolumab' }),
        item({ name: 'sepsis', evidence: 'Blood cultures positive, septic shock' }),
        item({ kind: 'observation', name: 'creatinine', evidence: 'Creatinine 1.4 mg/dL', value: 2.8, unit: 'mg/dL' }),
        item({ kind: 'medication', name: 'nivolumab', evidence: 'nivolumab', assertion: 'family' }),
        item({ kind: 'observation', name: 'creatinine', evidence: 'Creatinine 1.4 mg/dL', value: null, unit: null }),
      ],
      oncology: null,
    };
    const grounded = groundDraft(note, draft, subject);
    expect(grounded.grounding).toEqual({
      proposed: 8,
      grounded: 6,
      dropped: 2,
      unrepresented: 2,
      normalisedMatches: 1,
      oncologyFieldsDropped: 0,
    });
    const resources = grounded.items.map((i) => i.resource as any);
    expect(resources.map((r) => r.resourceType)).toEqual([
      'Condition',
      'Condition',
      'Observation',
      'MedicationStatement',
    ]);
    expect(resources[0].code.coding[0].code).toBe('38341003');
    expect(resources[1].verificationStatus.coding[0].code).toBe('refuted');
    expect(resources[2].valueQuantity).toEqual({
      value: 1.4,
      unit: 'mg/dL',
      system: 'http://unitsofmeasure.org',
      code: 'mg/dL',
    });
    for (const r of resources) {
      const ext = r.extension.find((e: any) => e.url === SOURCE_SPAN_URL).extension;
      expect(note.slice(ext[0].valueInteger, ext[1].valueInteger)).toBe(ext[2].valueString);
    }
    expect(JSON.stringify(grounded)).not.toContain('sepsis');
  });

  it('drops an oncology field whose evidence is not in the note', () => {
    const oncNote = 'Stage IV melanoma on nivolumab.';
    const field = (value: string, evidence: string) => ({ value, evidence });
    const grounded = groundDraft(
      oncNote,
      {
        items: [],
        oncology: {
          cancer_type: field('melanoma', 'melanoma'),
          stage: field('IV', 'Stage IV'),
          gene_mutation: field('BRAF V600E', 'BRAF V600E mutation'),
          biomarker: null,
          treatment: field('nivolumab', 'nivolumab'),
          response: null,
          metastasis_site: null,
        },
      },
      subject,
    );
    expect(grounded.oncology).toMatchObject({
      cancer_type: 'melanoma',
      stage: 'IV',
      gene_mutation: null,
      treatment: 'nivolumab',
    });
    expect(grounded.grounding.oncologyFieldsDropped).toBe(1);
  });
});

describe('pieces of a long note', () => {
  it('cover every sentence, whole, in order, within the size unless one sentence is longer', () => {
    const text = 'One two. Three four five.\nSix. ' + 'X'.repeat(30) + '. End.';
    const chunks = chunkText(text, 20);
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual([
      'One two.',
      'Three four five.',
      'Six.',
      `${'X'.repeat(30)}.`,
      'End.',
    ]);
    expect(chunkText(text, 1000)).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('evidence matching properties', () => {
  it('a quote cut from the note is found, and its span slices the note to an equal text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (note, a, b) => {
        const start = a % note.length;
        const end = start + 1 + (b % (note.length - start));
        const quote = note.slice(start, end);
        fc.pre(quote.trim() !== '');
        const found = findEvidence(note, quote);
        expect(found?.match).toBe('exact');
        expect(note.slice(found!.start, found!.end)).toBe(quote);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and a normalised match lies inside the note', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        (note, quote) => {
          const found = findEvidence(note, quote);
          if (found) {
            expect(found.start).toBeGreaterThanOrEqual(0);
            expect(found.end).toBeLessThanOrEqual(note.length);
            expect(found.end).toBeGreaterThan(found.start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
