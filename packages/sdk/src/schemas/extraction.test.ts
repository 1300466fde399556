import { describe, expect, it } from 'vitest';
import { extractionRequestSchema, extractionResultSchema, MAX_NOTE_CHARS } from './extraction.js';

describe('extraction schemas', () => {
  it('accept a note with an optional profile and Patient reference', () => {
    expect(extractionRequestSchema.parse({ text: 'HTN.' })).toEqual({ text: 'HTN.' });
    expect(extractionRequestSchema.parse({ text: 'HTN.', profile: 'oncology', patient: 'Patient/p-1.a' }).profile).toBe(
      'oncology',
    );
  });

  it('refuse an empty or oversized note, another profile, a non-Patient reference, unknown keys', () => {
    for (const bad of [
      { text: '' },
      { text: 'x'.repeat(MAX_NOTE_CHARS + 1) },
      { text: 'x', profile: 'cardiology' },
      { text: 'x', patient: 'Observation/1' },
      { text: 'x', patient: 'p1' },
      { text: 'x', mode: 'fast' },
    ]) {
      expect(extractionRequestSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });

  it('a result carries the Bundle, the oncology fields or null, provenance and counts', () => {
    const result = {
      patient: null,
      profile: 'general',
      bundle: { resourceType: 'Bundle', type: 'collection', entry: [] },
      oncology: null,
      provenance: { engine: 'rules', model: null, promptVersion: null, grounding: null, notes: [], latencyMs: 1 },
      counts: {
        resources: {},
        coded: 0,
        textOnly: 0,
        skipped: { negatedFamilyHistory: 0, familyNonCondition: 0, allergenOutsideAllergyContext: 0 },
        sentences: 0,
        sentencesWithoutFindings: 0,
      },
    };
    expect(extractionResultSchema.parse(result).provenance.engine).toBe('rules');
    expect(
      extractionResultSchema.safeParse({ ...result, provenance: { ...result.provenance, engine: 'magic' } }).success,
    ).toBe(false);
  });
});
