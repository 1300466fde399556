import { describe, expect, it } from 'vitest';
import { SNOMED } from './codes/code-systems.js';
import { RISK_CALCULATORS, isCalculatorId, runCalculators } from './registry.js';
import { makeContext } from './testing/context-factory.js';
import { CALCULATOR_IDS, type CalculatorId } from './types.js';

const context = makeContext({
  ageYears: 70,
  sex: 'female',
  measurements: {
    respiratoryRate: 24,
    oxygenSaturation: 95,
    systolicBp: 98,
    diastolicBp: 58,
    heartRate: 112,
    temperature: 38.4,
    urea: 8,
    totalCholesterol: 200,
    hdlCholesterol: 45,
  },
  findings: { levelOfConsciousness: [{ system: SNOMED, code: '248234008' }], supplementalOxygen: false },
});

describe('registry', () => {
  it('lists every calculator under its id', () => {
    expect(Object.keys(RISK_CALCULATORS)).toEqual([...CALCULATOR_IDS]);
    for (const id of CALCULATOR_IDS) expect(RISK_CALCULATORS[id].id).toBe(id);
  });

  it('declares each input once, with a description and at least one source, and cites a source', () => {
    for (const calculator of Object.values(RISK_CALCULATORS)) {
      const names = calculator.inputs.map((i) => i.name);
      expect(new Set(names).size).toBe(names.length);
      for (const input of calculator.inputs) {
        expect(input.description.length).toBeGreaterThan(10);
        expect(input.sources.length).toBeGreaterThan(0);
      }
      expect(calculator.citations.length).toBeGreaterThan(0);
    }
  });

  it('gives a shared input name the same answer type in every calculator', () => {
    const seen = new Map<string, string>();
    for (const calculator of Object.values(RISK_CALCULATORS)) {
      for (const input of calculator.inputs) {
        const shape = JSON.stringify(input.answer);
        expect(seen.get(input.name) ?? shape, `${calculator.id}.${input.name}`).toBe(shape);
        seen.set(input.name, shape);
      }
    }
  });

  it('runs all calculators by default, a chosen subset in order, and shares answers', () => {
    const all = runCalculators(context);
    expect(all.map((r) => r.calculatorId)).toEqual([...CALCULATOR_IDS]);
    const some = runCalculators(context, { calculators: ['qsofa', 'news2'], answers: { heartRate: 80 } });
    expect(some.map((r) => r.calculatorId)).toEqual(['qsofa', 'news2']);
    expect(some[1]?.criteria.find((c) => c.name === 'heartRate')?.points).toBe(0);
    expect(all.find((r) => r.calculatorId === 'news2')?.criteria.find((c) => c.name === 'heartRate')?.points).toBe(2);
  });

  it('rejects unknown ids', () => {
    expect(isCalculatorId('news2')).toBe(true);
    expect(isCalculatorId('apache-ii')).toBe(false);
    expect(() => runCalculators(context, { calculators: ['apache-ii' as CalculatorId] })).toThrow(RangeError);
  });
});
