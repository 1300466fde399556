import { buildPatientContext } from '@meridian/fhir-adapter';
import { describe, expect, it } from 'vitest';
import { caseAnalysisDedupeKey } from './dedupe-key.js';
import { acutePatientBundle } from './testing/case-fixtures.js';

describe('caseAnalysisDedupeKey', () => {
  const bundle = acutePatientBundle('d-1', '2026-06-01T12:00:00Z');
  const context = (at: string, b: any = bundle) =>
    buildPatientContext({ ...b, type: 'collection' }, { referenceTime: at });
  it('is the same for an unchanged record seen later, and changes with a value or the question', () => {
    const key = caseAnalysisDedupeKey(context('2026-06-01T12:00:00Z'));
    expect(key.startsWith('Patient/d-1|')).toBe(true);
    expect(caseAnalysisDedupeKey(context('2026-06-01T12:05:00Z'))).toBe(key);
    const changed = structuredClone(bundle);
    (changed.entry[1]!.resource as { valueQuantity: { value: number } }).valueQuantity.value = 30;
    expect(caseAnalysisDedupeKey(context('2026-06-01T12:00:00Z', changed))).not.toBe(key);
    expect(caseAnalysisDedupeKey(context('2026-06-01T12:00:00Z'), 'sepsis?')).not.toBe(key);
  });
});
