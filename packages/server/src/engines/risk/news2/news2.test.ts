import { describe, expect, it } from 'vitest';
import { ICD10_CM, SNOMED } from '../codes/code-systems.js';
import { condition, makeContext, measurement } from '../testing/context-factory.js';
import { computeNews2 } from './news2.js';

const ALERT = [{ system: SNOMED, code: '248234008' }];
const CONFUSED = [{ system: SNOMED, code: '130987000' }];
const NORMAL = { respiratoryRate: 16, oxygenSaturation: 97, systolicBp: 125, heartRate: 75, temperature: 36.8 };

const ctx = (
  measurements: Record<string, number | ReturnType<typeof measurement>> = {},
  findings: Record<string, unknown> = {},
  conditions = [] as ReturnType<typeof condition>[],
) =>
  makeContext({
    measurements: { ...NORMAL, ...measurements },
    findings: { levelOfConsciousness: ALERT, supplementalOxygen: false, ...findings } as never,
    conditions,
  });

describe('computeNews2', () => {
  it('scores a well patient 0 (low, routine monitoring) with provenance per input', () => {
    const r = computeNews2(ctx());
    expect(r.status).toBe('complete');
    expect(r.total).toBe(0);
    expect(r.variant).toBe('SpO2 scale 1');
    expect(r.interpretations[0]?.band?.id).toBe('low-zero');
    expect(r.inputs.find((i) => i.name === 'heartRate')?.provenance).toMatchObject({
      kind: 'record',
      source: 'Observation/heartRate-1',
    });
    expect(r.inputs.find((i) => i.name === 'useSpo2Scale2')?.provenance?.kind).toBe('record-absence');
  });

  it('computes the aggregate as the sum of parameter scores', () => {
    const r = computeNews2(
      ctx(
        { respiratoryRate: 22, oxygenSaturation: 95, heartRate: 105, temperature: 38.3 },
        { supplementalOxygen: true },
      ),
    );
    // RR 2 + SpO2 1 + O2 2 + HR 1 + T 1 = 7
    expect(r.criteria.map((c) => c.points)).toEqual([2, 1, 2, 0, 1, 0, 1]);
    expect(r.total).toBe(7);
    expect(r.interpretations[0]?.band?.id).toBe('high');
  });

  it.each([
    [{ heartRate: 95 }, {}, 1, 'low'],
    [{ respiratoryRate: 22, heartRate: 95, temperature: 38.5 }, {}, 4, 'low'],
    [{ respiratoryRate: 25 }, {}, 3, 'low-medium'],
    [{}, { levelOfConsciousness: CONFUSED }, 3, 'low-medium'],
    [{ respiratoryRate: 22, heartRate: 95, temperature: 38.5, oxygenSaturation: 95 }, {}, 5, 'medium'],
    [{ respiratoryRate: 22, heartRate: 115, temperature: 38.5, oxygenSaturation: 95 }, {}, 6, 'medium'],
    [{ respiratoryRate: 25, heartRate: 115, temperature: 38.5 }, {}, 6, 'medium'],
    [{ respiratoryRate: 25, heartRate: 115, temperature: 39.5 }, {}, 7, 'high'],
  ])('band boundary %#: total %s', (m, f, total, band) => {
    const r = computeNews2(ctx(m, f));
    expect(r.total).toBe(total);
    expect(r.interpretations[0]?.band?.id).toBe(band);
  });

  it('uses Scale 2 only when answered or coded, and flags the coded proxy', () => {
    const onO2At97 = { oxygenSaturation: 97 };
    expect(computeNews2(ctx(onO2At97, { supplementalOxygen: true })).criteria[1]?.points).toBe(0);
    const answered = computeNews2(ctx(onO2At97, { supplementalOxygen: true }), { useSpo2Scale2: true });
    expect(answered.variant).toBe('SpO2 scale 2');
    expect(answered.criteria[1]?.points).toBe(3);
    const coded = computeNews2(ctx({ oxygenSaturation: 90 }, {}, [condition(ICD10_CM, 'J96.12')]));
    expect(coded.variant).toBe('SpO2 scale 2');
    expect(coded.criteria[1]?.points).toBe(0);
    expect(coded.warnings.map((w) => w.code)).toContain('proxy-used');
    expect(computeNews2(ctx({ oxygenSaturation: 90 }, {}, [condition(ICD10_CM, 'J44.9')])).variant).toBe(
      'SpO2 scale 1',
    );
  });

  it('treats a stale vital sign as missing and says so', () => {
    const r = computeNews2(ctx({ heartRate: measurement('heartRate', 140, { stale: true }) }));
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['heartRate']);
    expect(r.inputs.find((i) => i.name === 'heartRate')?.missingReason).toBe('stale');
    expect(r.warnings.map((w) => w.code)).toContain('stale-value-ignored');
    expect(r.totalRange).toEqual({ min: 0, max: 3 });
  });

  it('never guesses missing values: range and band range from all-normal to all-worst', () => {
    const r = computeNews2(makeContext({ measurements: { respiratoryRate: 16 } }));
    expect(r.status).toBe('incomplete');
    expect(r.total).toBeNull();
    expect(r.missing).toEqual([
      'oxygenSaturation',
      'supplementalOxygen',
      'systolicBp',
      'heartRate',
      'consciousness',
      'temperature',
    ]);
    expect(r.totalRange).toEqual({ min: 0, max: 17 });
    expect(r.interpretations[0]?.band).toBeNull();
    expect(r.interpretations[0]?.bandRange.lowest.id).toBe('low-zero');
    expect(r.interpretations[0]?.bandRange.highest.id).toBe('high');
  });

  it('derives oxygen from an inhaled-oxygen flow, and on Scale 2 leaves SpO2 ≥ 93 open when oxygen is unknown', () => {
    const flow = computeNews2(
      makeContext({ measurements: { ...NORMAL, inhaledOxygenFlow: 2 }, findings: { levelOfConsciousness: ALERT } }),
    );
    expect(flow.inputs.find((i) => i.name === 'supplementalOxygen')).toMatchObject({
      value: true,
      provenance: { kind: 'derived' },
    });
    const open = computeNews2(
      makeContext({ measurements: { ...NORMAL, oxygenSaturation: 95 }, findings: { levelOfConsciousness: ALERT } }),
      { useSpo2Scale2: true },
    );
    expect(open.criteria[1]?.possiblePoints).toEqual({ min: 0, max: 2 });
  });

  it('takes clinician answers over the record and ignores malformed ones', () => {
    const r = computeNews2(ctx({ heartRate: 75 }), { heartRate: 135, consciousness: 'X' });
    expect(r.criteria.find((c) => c.name === 'heartRate')).toMatchObject({ points: 3, value: 135 });
    expect(r.inputs.find((i) => i.name === 'heartRate')?.provenance?.kind).toBe('clinician-answer');
    expect(r.warnings.find((w) => w.code === 'invalid-answer')?.input).toBe('consciousness');
    expect(r.criteria.find((c) => c.name === 'consciousness')?.points).toBe(0);
  });

  it('rounds to chart precision before scoring', () => {
    const r = computeNews2(ctx({ temperature: 38.04 }));
    expect(r.criteria.find((c) => c.name === 'temperature')).toMatchObject({ points: 0, value: 38 });
    expect(r.warnings.map((w) => w.code)).toContain('value-rounded');
  });
});
