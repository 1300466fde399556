import { buildPatientContext } from '@meridian/fhir-adapter';
import { readFixture } from '@meridian/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trendPatientBundle } from '../../use-cases/summaries/testing/summary-fixtures.js';
import { findRedFlags } from '../red-flags/find-red-flags.js';
import { runCalculators } from '../risk/index.js';
import { isSafeText } from '../safety/guard-text.js';
import { checkNarrative } from './check-narrative.js';
import { chunkByDate } from './chunk-by-date.js';
import { medicationName } from './record-sentences.js';
import { rulesNarrative } from './rules-narrative.js';
import { summariseRecord } from './summarise-record.js';
import { computeTrends, trendDirection } from './trends.js';

const at = '2026-06-01T12:00:00Z';
const resourcesOf = (bundle: { entry: Array<{ resource: unknown }> }) =>
  bundle.entry.map((e) => e.resource as { resourceType: string; id?: string });

function summarise(bundle: { entry: Array<{ resource: unknown }> }, patientId?: string) {
  const context = buildPatientContext(
    { resourceType: 'Bundle', type: 'collection', entry: bundle.entry },
    { referenceTime: at, keepHistory: true, ...(patientId ? { patientId } : {}) },
  );
  const resources = resourcesOf(bundle);
  return {
    context,
    resources,
    ...summariseRecord({ context, resources, risk: runCalculators(context), redFlags: findRedFlags(context) }),
  };
}

describe('trends', () => {
  it('gives direction by the change from the first to the last value, 3 % of the first being stable', () => {
    expect(trendDirection([80])).toBe('single-value');
    expect(trendDirection([80, 90, 104])).toBe('rising');
    expect(trendDirection([104, 100, 80])).toBe('falling');
    expect(trendDirection([100, 140, 102])).toBe('stable');
    expect(trendDirection([0, 0.1])).toBe('rising');
    expect(trendDirection([0, 0])).toBe('stable');
  });

  it('direction always agrees with the sign of the change (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (values) => {
          const change = values.at(-1)! - values[0]!;
          const direction = trendDirection(values);
          if (direction === 'rising') expect(change).toBeGreaterThan(0);
          if (direction === 'falling') expect(change).toBeLessThan(0);
        },
      ),
    );
  });

  it('keeps the last N values per measure in the canonical unit, oldest first', () => {
    const context = buildPatientContext(trendPatientBundle('p1'), { referenceTime: at, keepHistory: true });
    const [hr] = computeTrends(context, 2).filter((t) => t.concept === 'heartRate');
    expect(hr).toMatchObject({ direction: 'rising', change: 14, values: [{ value: 90 }, { value: 104 }] });
    expect(
      computeTrends(context, 5)
        .find((t) => t.concept === 'temperature')!
        .values.map((v) => v.value),
    ).toEqual([37, 38.5]);
    expect(computeTrends(buildPatientContext(trendPatientBundle('p1'), { referenceTime: at }), 5)).toEqual([]);
  });
});

describe('summariseRecord', () => {
  it('writes every section of the small record, each sentence citing resources of the record', () => {
    const { sentences, resources } = summarise(trendPatientBundle('p1'));
    const record = new Set(resources.map((r) => `${r.resourceType}/${r.id}`));
    expect(new Set(sentences.map((s) => s.section))).toEqual(
      new Set(['problems', 'medications', 'allergies', 'vital-signs', 'encounters', 'risk-scores', 'red-flags']),
    );
    for (const s of sentences) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const ref of s.sources) expect(record, `${s.text} cites ${ref}`).toContain(ref);
    }
    expect(sentences.find((s) => s.section === 'allergies')!.text).toBe(
      'Allergy or intolerance: Allergy to penicillin (high criticality).',
    );
    expect(sentences.find((s) => s.section === 'encounters')!.text).toBe(
      'Encounter on 2026-06-01: General examination (ambulatory, finished).',
    );
    // The vital-signs section states the rate; the red flag names the threshold it crossed, not the value again.
    expect(sentences.find((s) => s.section === 'red-flags')!.text).toBe(
      'Red flag (warning): Respiratory rate at or above 25 /min (the latest value).',
    );
    expect(sentences.find((s) => s.section === 'vital-signs' && s.text.startsWith('Respiratory rate'))!.text).toMatch(
      /^Respiratory rate 27 \/min on 2026-06-01/,
    );
    expect(sentences.find((s) => s.text.startsWith('NEWS2'))!.sources).toEqual(
      expect.arrayContaining(['Observation/p1-rr', 'Observation/p1-hr3']),
    );
  });

  it('cites only resources of the record and never doses, on the 473-entry US Core patient', () => {
    const bundle = readFixture('inferno-reference-server-data/uscore_bundle_patient_355.json') as {
      entry: Array<{ resource: { resourceType: string; id?: string } }>;
    };
    const { sentences, trends } = summarise(bundle, '355');
    const record = new Set(resourcesOf(bundle).map((r) => `${r.resourceType}/${r.id}`));
    expect(sentences.length).toBeGreaterThan(40);
    expect(trends.length).toBeGreaterThan(3);
    for (const s of [...sentences, ...rulesNarrative(sentences)]) {
      for (const ref of s.sources) expect(record).toContain(ref);
      expect(isSafeText(s.text), s.text).toBe(true);
    }
  });

  it('names medications without their strength', () => {
    expect(medicationName({ text: 'Amoxicillin 250 MG Oral Capsule', codes: [] })).toBe('Amoxicillin');
    expect(medicationName({ codes: [{ display: 'Lisinopril' }] })).toBe('Lisinopril');
    expect(
      medicationName({ text: '120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler', codes: [] }),
    ).toBe('Fluticasone propionate');
    expect(medicationName({ text: '10 ML Heparin 5000 UNT/ML Injection', codes: [] })).toBe('Heparin');
  });
});

describe('rulesNarrative', () => {
  const s = (section: 'problems' | 'risk-scores' | 'red-flags', text: string, source: string) => ({
    section,
    text,
    sources: [source],
    engine: 'rules' as const,
  });

  it('says what each section holds, counting, and cites the latest source of every item it counts', () => {
    const narrative = rulesNarrative([
      ...['A', 'B', 'C', 'D', 'E'].map((n) =>
        s('problems', `Problem ${n} (disorder), since 2020-01-01.`, `Condition/${n}`),
      ),
      s('risk-scores', 'NEWS2: 7 (high).', 'Observation/rr'),
      s(
        'risk-scores',
        'qSOFA (quick SOFA): incomplete, 1 input not in the record (altered mentation); possible range 1–2.',
        'Observation/sbp',
      ),
      s('red-flags', 'Red flag (critical): Respiratory rate at or above 25 /min (the latest value).', 'Observation/rr'),
    ]);
    expect(narrative).toEqual([
      {
        section: 'problems',
        text: '5 problems on record.',
        sources: ['Condition/A', 'Condition/B', 'Condition/C', 'Condition/D', 'Condition/E'],
        engine: 'rules',
      },
      {
        section: 'risk-scores',
        text: '2 risk scores from validated calculators: 1 complete, 1 incomplete (inputs not in the record).',
        sources: ['Observation/rr', 'Observation/sbp'],
        engine: 'rules',
      },
      { section: 'red-flags', text: '1 open red flag (1 critical).', sources: ['Observation/rr'], engine: 'rules' },
    ]);
  });

  it('states no fact the sections state: no value, unit, problem or score of the record appears in it', () => {
    const { sentences, trends } = summarise(trendPatientBundle('p1'));
    const narrative = rulesNarrative(sentences, trends);
    expect(narrative.map((n) => n.section)).toEqual([...new Set(sentences.map((x) => x.section))]);
    const vital = narrative.find((n) => n.section === 'vital-signs')!.text;
    expect(vital).toMatch(/^\d+ vital signs? with recent values: /);
    for (const text of narrative.map((n) => n.text)) {
      expect(text).not.toMatch(/\/min|mmHg|°C|%|\d{4}-\d{2}-\d{2}/);
      for (const t of trends) expect(text.toLowerCase()).not.toContain(t.label.toLowerCase());
    }
  });
});

describe('checkNarrative', () => {
  const record = new Set(['Patient/p1', 'Condition/c1', 'Observation/o1']);
  it('drops uncited, ungrounded and dosing sentences and counts each', () => {
    const { sentences, removals } = checkNarrative(
      [
        { section: 'problems', text: 'Hypertension.', sources: ['Condition/c1'] },
        { section: 'laboratory', text: 'Lactate high.', sources: ['Observation/o1', 'Observation/elsewhere'] },
        { section: 'medications', text: 'Start metformin 500 mg twice daily.', sources: ['Condition/c1'] },
        { section: 'allergies', text: 'None known.', sources: [] },
      ],
      record,
    );
    expect(sentences).toEqual([
      { section: 'problems', text: 'Hypertension.', sources: ['Condition/c1'], engine: 'llm' },
    ]);
    expect(removals).toEqual({ dosing: 1, ungrounded: 1, uncited: 1 });
  });

  it('never keeps a sentence citing outside the record (property)', () => {
    const ref = fc.constantFrom('Patient/p1', 'Condition/c1', 'Observation/o1', 'Observation/x', 'Encounter/e9');
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ minLength: 1 }), sources: fc.array(ref, { maxLength: 3 }) }), {
          maxLength: 8,
        }),
        (proposed) => {
          const checked = checkNarrative(
            proposed.map((p) => ({ ...p, section: 'problems' as const })),
            record,
          );
          for (const s of checked.sentences) for (const r of s.sources) expect(record.has(r)).toBe(true);
          const { dosing, uncited, ungrounded } = checked.removals;
          expect(checked.sentences.length + dosing + uncited + ungrounded).toBe(proposed.length);
        },
      ),
    );
  });
});

describe('chunkByDate', () => {
  it('orders dated sentences oldest first, undated last, in chunks of at most the size', () => {
    const s = (date?: string) => ({
      section: 'problems' as const,
      text: date ?? 'undated',
      sources: ['Patient/p'],
      engine: 'rules' as const,
      date,
    });
    const chunks = chunkByDate([s('2024-03-01'), s(), s('2020-01-01'), s('2022-06-01')], 3);
    expect(chunks.map((c) => c.map((x) => x.text))).toEqual([['2020-01-01', '2022-06-01', '2024-03-01'], ['undated']]);
  });
});
