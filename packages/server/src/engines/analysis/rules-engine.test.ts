import { describe, expect, it } from 'vitest';
import { buildPatientContext } from '@meridian/fhir-adapter';
import { runCalculators } from '../risk/index.js';
import { caseAnalysisDraftSchema } from './analysis-draft.js';
import * as codes from './condition-codes.js';
import { analyseWithRules } from './rules-engine.js';
import { isSafeText } from '../safety/guard-text.js';

const at = '2026-06-01T12:00:00Z';
const obs = (id: string, code: string, value: number, unit: string) => ({
  resource: {
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: { reference: 'Patient/p' },
    effectiveDateTime: '2026-06-01T11:30:00Z',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  },
});
const bundle = (...entries: object[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: [{ resource: { resourceType: 'Patient', id: 'p', gender: 'female', birthDate: '1948-04-12' } }, ...entries],
});
const analyse = (b: object, answers = { consciousness: 'A', supplementalOxygen: false }) => {
  const context = buildPatientContext(b, { referenceTime: at });
  return analyseWithRules(context, runCalculators(context, { answers }));
};

describe('rules engine', () => {
  it('flags a deteriorating septic picture as an emergency, citing each value', () => {
    const draft = analyse(
      bundle(
        obs('rr', '9279-1', 26, '/min'),
        obs('spo2', '59408-5', 90, '%'),
        obs('sbp', '8480-6', 88, 'mm[Hg]'),
        obs('hr', '8867-4', 125, '/min'),
        obs('t', '8310-5', 38.9, 'Cel'),
        obs('lac', '2524-7', 4.5, 'mmol/L'),
      ),
    );
    caseAnalysisDraftSchema.parse(draft);
    expect(draft.escalation.level).toBe('emergency');
    expect(draft.escalation.advice).toMatch(/NEWS2 1\d → emergency/);
    expect(draft.redFlags[0]!.urgency).toBe('emergency');
    expect(draft.redFlags.map((f) => f.finding)).toEqual(
      expect.arrayContaining([
        'Systolic blood pressure 88 mmHg (below 90)',
        'Lactate 4.5 mmol/L (at or above 4)',
        'qSOFA 2: possible sepsis',
      ]),
    );
    expect(draft.redFlags.map((f) => f.citations[0])).toEqual(
      expect.arrayContaining([
        { kind: 'patient-fact', reference: 'Observation/rr' },
        { kind: 'patient-fact', reference: 'Observation/lac' },
      ]),
    );
    const sepsis = draft.differentials.find((d) => d.code?.code === codes.SNOMED_SEPSIS.code)!;
    expect(sepsis.likelihood.band).toBe('high');
    expect(sepsis.citations.map((c) => (c.kind === 'patient-fact' ? c.reference : ''))).toEqual(
      expect.arrayContaining(['Observation/t', 'Observation/hr', 'Observation/rr', 'Observation/lac']),
    );
  });

  it('offers no differential and a routine escalation when nothing supports one', () => {
    const draft = analyse(
      bundle(
        obs('rr', '9279-1', 14, '/min'),
        obs('spo2', '59408-5', 98, '%'),
        obs('sbp', '8480-6', 124, 'mm[Hg]'),
        obs('hr', '8867-4', 72, '/min'),
        obs('t', '8310-5', 36.8, 'Cel'),
      ),
    );
    expect(draft.differentials).toEqual([]);
    expect(draft.redFlags).toEqual([]);
    expect(draft.escalation.level).toBe('routine');
  });

  it('NEWS2 5–6 or qSOFA 2 is urgent; a critical potassium is flagged and named', () => {
    const draft = analyse(
      bundle(
        obs('rr', '9279-1', 22, '/min'),
        obs('spo2', '59408-5', 95, '%'),
        obs('sbp', '8480-6', 100, 'mm[Hg]'),
        obs('hr', '8867-4', 95, '/min'),
        obs('t', '8310-5', 37, 'Cel'),
        obs('k', '2823-3', 6.2, 'mmol/L'),
      ),
    );
    expect(draft.escalation.level).toBe('urgent');
    expect(draft.redFlags.map((f) => f.finding)).toContain('Potassium 6.2 mmol/L (at or above 6.2)');
    expect(draft.differentials.map((d) => d.code?.code)).toContain(codes.SNOMED_HYPERKALEMIA.code);
  });

  it('never doses: every text it writes passes the guardrail', () => {
    const draft = analyse(
      bundle(
        obs('rr', '9279-1', 7, '/min'),
        obs('g', '2345-7', 2.1, 'mmol/L'),
        obs('k', '2823-3', 2.2, 'mmol/L'),
        obs('na', '2951-2', 118, 'mmol/L'),
        obs('inr', '6301-6', 6, '{INR}'),
        obs('hb', '718-7', 6.5, 'g/dL'),
        obs('plt', '777-3', 15, '10*9/L'),
      ),
    );
    const texts = [
      draft.caseSummary,
      draft.escalation.advice,
      ...draft.redFlags.flatMap((f) => [f.finding, f.why]),
      ...draft.differentials.flatMap((d) => [d.condition, ...d.findingsFor]),
    ];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(isSafeText(text), text).toBe(true);
  });
});
