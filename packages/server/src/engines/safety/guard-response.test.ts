import fc from 'fast-check';
import { caseAnalysisSchema, cdsServiceResponseSchema } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import { findDosing } from './classify-passage.js';
import { guardResponse } from './guard-response.js';
import { GUARDRAIL_NOTICE } from './rebuild-response.js';
import { formatPath, responseLeaves, type JsonPath } from './response-leaves.js';
import { doseArbitrary } from './testing/dose-arbitrary.js';
import { CASE_ANALYSIS_EXAMPLE, CDS_RESPONSE_EXAMPLE, RESPONSE_SHAPES } from './testing/response-shapes.js';

const clone = <T>(value: T): T => structuredClone(value);
function setAt(value: unknown, path: JsonPath, leaf: unknown): void {
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], value);
  parent[path.at(-1)!] = leaf;
}
const strings = (value: unknown) =>
  responseLeaves(value).flatMap((l) => (typeof l.value === 'string' ? [l.value] : []));

describe('guardResponse', () => {
  it.each(RESPONSE_SHAPES.map((s) => [s.name, s] as const))('leaves a safe %s as it is (same object)', (_n, shape) => {
    expect(shape.schema.safeParse(shape.value).success).toBe(true);
    const guarded = guardResponse(shape.value, shape.schema);
    expect(guarded.removed).toEqual([]);
    expect(guarded.value).toBe(shape.value);
  });

  it('drops a dose from differentials[].code.display, names the path and rule, and rewords nothing', () => {
    const analysis = clone(CASE_ANALYSIS_EXAMPLE);
    analysis.differentials[0]!.code!.display = 'give amoxicillin 500 mg PO TID';
    const { value, removed } = guardResponse(analysis, caseAnalysisSchema);
    expect(removed).toEqual([
      { path: 'differentials[0].code.display', reason: 'dose', rule: 'dose-unit', dropped: 'field' },
    ]);
    expect(value.differentials[0]!.code).toEqual({ system: 'http://snomed.info/sct', code: '91302008' });
    expect(value.differentials[0]!.condition).toBe('Sepsis');
    expect(caseAnalysisSchema.parse(value)).toEqual(value);
  });

  it('cuts the dosing sentence out of a longer text and keeps the rest verbatim', () => {
    const analysis = clone(CASE_ANALYSIS_EXAMPLE);
    analysis.caseSummary = 'Febrile and tachycardic. Start norad at 0.05. Lactate 4.1 mmol/L.';
    const { value, removed } = guardResponse(analysis, caseAnalysisSchema);
    expect(value.caseSummary).toBe('Febrile and tachycardic. Lactate 4.1 mmol/L.');
    expect(removed).toEqual([{ path: 'caseSummary', reason: 'dose', rule: 'drug-amount', dropped: 'passage' }]);
  });

  it('drops the item when a required field goes, and puts a notice where there is no item', () => {
    const analysis = clone(CASE_ANALYSIS_EXAMPLE);
    analysis.differentials[1]!.condition = 'Amoxicillin 500 mg TID';
    analysis.escalation.advice = 'Omit tonight’s warfarin.';
    const { value, removed } = guardResponse(analysis, caseAnalysisSchema);
    expect(value.differentials.map((d) => d.condition)).toEqual(['Sepsis']);
    expect(value.escalation.advice).toBe(GUARDRAIL_NOTICE);
    expect(removed.map((r) => [r.path, r.dropped])).toEqual([
      ['differentials[1].condition', 'item'],
      ['escalation.advice', 'field'],
    ]);
    expect(findDosing(GUARDRAIL_NOTICE)).toBeNull();
    expect(caseAnalysisSchema.parse(value)).toEqual(value);
  });

  it('drops a drug in one field with its amount in the next', () => {
    const analysis = clone(CASE_ANALYSIS_EXAMPLE);
    // '500 q8' doses on its own and goes; the drug's name alone is no dose.
    analysis.differentials[0]!.findingsFor = ['Heart rate 118/min', 'amoxicillin', '500 q8'];
    analysis.differentials[1]!.findingsFor = ['Vancomycin', '1 g'];
    const { value, removed } = guardResponse(analysis, caseAnalysisSchema);
    expect(value.differentials[0]!.findingsFor).toEqual(['Heart rate 118/min', 'amoxicillin']);
    expect(value.differentials[1]!.findingsFor).toEqual([]);
    expect(removed.filter((r) => r.rule === 'split-across-fields').map((r) => r.path)).toEqual([
      'differentials[1].findingsFor[0]',
      'differentials[1].findingsFor[1]',
    ]);
  });

  it('drops a card suggestion or link whose label doses, and a card whose summary does', () => {
    const cds = clone(CDS_RESPONSE_EXAMPLE);
    cds.cards[0]!.suggestions![0]!.label = 'Give vanc 1g bd';
    cds.cards[0]!.links![0]!.label = 'Gentamicin 7 mg/kg once daily';
    cds.cards[1]!.summary = 'Start pip-taz 4.5 tds';
    const { value, removed } = guardResponse(cds, cdsServiceResponseSchema);
    expect(value.cards).toHaveLength(1);
    expect(value.cards[0]!.suggestions).toBeUndefined();
    expect(value.cards[0]!.links).toBeUndefined();
    expect(removed.map((r) => r.path)).toEqual([
      'cards[0].suggestions[0].label',
      'cards[0].links[0].label',
      'cards[1].summary',
    ]);
    expect(cdsServiceResponseSchema.safeParse(value).success).toBe(true);
  });

  it('keeps laboratory values, vital signs and scores in every field', () => {
    const analysis = clone(CASE_ANALYSIS_EXAMPLE);
    analysis.differentials[0]!.findingsFor = [
      'K 3.1 mmol/L',
      'Creatinine 92 umol/L',
      'Hb 98 g/L',
      'warfarin',
      'INR 2.4',
    ];
    expect(guardResponse(analysis, caseAnalysisSchema).removed).toEqual([]);
  });
});

describe('the guardrail property', () => {
  const shapes = RESPONSE_SHAPES.map((shape) => ({
    ...shape,
    paths: responseLeaves(shape.value).flatMap((l) => (typeof l.value === 'string' ? [l.path] : [])),
  }));

  it('a dose phrasing placed in ANY string field of ANY response shape never survives the walk', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: shapes.length - 1 }),
        fc.nat(),
        doseArbitrary,
        fc.constantFrom('replace', 'append'),
        (s, p, dose, mode) => {
          const shape = shapes[s]!;
          const path = shape.paths[p % shape.paths.length]!;
          const value = clone(shape.value) as unknown;
          const before = path.reduce<any>((node, key) => node[key], value) as string;
          setAt(value, path, mode === 'replace' ? dose : `${before}\n${dose}`);
          const { value: guarded, removed } = guardResponse(value, shape.schema);
          expect(
            strings(guarded).some((text) => text.includes(dose)),
            `${shape.name} ${formatPath(path)}`,
          ).toBe(false);
          expect(removed.length).toBeGreaterThan(0);
          // Appended to a field, the dose goes and the field keeps what it said: the answer stays valid.
          if (mode === 'append') expect(shape.schema.safeParse(guarded).success).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('every generated phrasing is caught on its own', () => {
    fc.assert(
      fc.property(doseArbitrary, (dose) => findDosing(dose) !== null),
      { numRuns: 500 },
    );
  });
});
