import { describe, expect, it } from 'vitest';
import { ICD10_CM } from '../risk/codes/code-systems.js';
import { ACVPU_ALERT_CODES, ACVPU_VOICE_CODES } from '../risk/codes/finding-codes.js';
import { condition, makeContext, measurement } from '../risk/testing/context-factory.js';
import { findRedFlags } from './find-red-flags.js';

const ids = (flags: ReturnType<typeof findRedFlags>) => flags.map((f) => `${f.ruleId}:${f.direction}`).sort();

describe('findRedFlags', () => {
  it('flags each vital sign at a NEWS2 red score, at the exact limits and not one step inside them', () => {
    const at = makeContext({
      measurements: { respiratoryRate: 25, oxygenSaturation: 91, systolicBp: 90, heartRate: 41, temperature: 35 },
    });
    expect(ids(findRedFlags(at))).toEqual([
      'oxygen-saturation-red:low',
      'respiratory-rate-red:high',
      'systolic-bp-red:low',
      'temperature-red:low',
    ]);
    expect(ids(findRedFlags(makeContext({ measurements: { heartRate: 40 } })))).toEqual(['heart-rate-red:low']);
    expect(findRedFlags(at).every((f) => f.urgency === 'urgent' && f.indicator === 'warning')).toBe(true);
    const inside = makeContext({
      measurements: { respiratoryRate: 24, oxygenSaturation: 92, systolicBp: 91, heartRate: 129, temperature: 35.1 },
    });
    expect(findRedFlags(inside)).toEqual([]);
  });

  it('flags the hard physiological limits as emergencies, one flag per measure, strict where the limit is "below"', () => {
    const hard = makeContext({
      measurements: { respiratoryRate: 30, oxygenSaturation: 87, systolicBp: 89.5, heartRate: 130, lactate: 4 },
    });
    const flags = findRedFlags(hard);
    expect(ids(flags)).toEqual([
      'heart-rate-hard:high',
      'lactate-critical:high',
      'oxygen-saturation-hard:low',
      'respiratory-rate-hard:high',
      'systolic-bp-hard:low',
    ]);
    expect(flags.every((f) => f.urgency === 'emergency' && f.indicator === 'critical')).toBe(true);
    expect(flags.find((f) => f.ruleId === 'systolic-bp-hard')).toMatchObject({ comparator: '<', threshold: 90 });
    expect(ids(findRedFlags(makeContext({ measurements: { respiratoryRate: 8, systolicBp: 90 } })))).toEqual([
      'respiratory-rate-hard:low',
      'systolic-bp-red:low',
    ]);
    const hypercapnic = condition(ICD10_CM, 'J96.12', 'Chronic respiratory failure with hypercapnia');
    expect(
      ids(findRedFlags(makeContext({ measurements: { oxygenSaturation: 86 }, conditions: [hypercapnic] }))),
    ).toEqual(['oxygen-saturation-hard:low']);
  });

  it('flags laboratory critical values; lactate 2-4 is a warning, 4 or more critical', () => {
    const flags = findRedFlags(makeContext({ measurements: { potassium: 6.4, sodium: 118, lactate: 2.4 } }));
    expect(ids(flags)).toEqual(['lactate-raised:high', 'potassium-critical:high', 'sodium-critical:low']);
    expect(ids(findRedFlags(makeContext({ measurements: { potassium: 6.5, glucose: 2.9 } })))).toEqual([
      'glucose-severe:low',
      'potassium-severe:high',
    ]);
    expect(flags.find((f) => f.ruleId === 'lactate-raised')!.indicator).toBe('warning');
    expect(ids(findRedFlags(makeContext({ measurements: { lactate: 4.1 } })))).toEqual(['lactate-critical:high']);
  });

  it('never flags a stale value, and names the source and threshold of a fresh one', () => {
    expect(
      findRedFlags(makeContext({ measurements: { heartRate: measurement('heartRate', 150, { stale: true }) } })),
    ).toEqual([]);
    const [flag] = findRedFlags(
      makeContext({ measurements: { heartRate: measurement('heartRate', 150, { id: 'hr-9' }) } }),
    );
    expect(flag).toMatchObject({ source: 'Observation/hr-9', value: 150, threshold: 130, unit: '/min' });
  });

  it('flags consciousness other than Alert, and skips SpO2 for a patient on scale 2', () => {
    expect(
      ids(findRedFlags(makeContext({ findings: { levelOfConsciousness: [...ACVPU_VOICE_CODES.codes] } }))),
    ).toEqual(['consciousness-red:abnormal']);
    expect(findRedFlags(makeContext({ findings: { levelOfConsciousness: [...ACVPU_ALERT_CODES.codes] } }))).toEqual([]);
    const hypercapnic = condition(ICD10_CM, 'J96.12', 'Chronic respiratory failure with hypercapnia');
    expect(findRedFlags(makeContext({ measurements: { oxygenSaturation: 89 }, conditions: [hypercapnic] }))).toEqual(
      [],
    );
  });

  it('respects the scope asked for', () => {
    const context = makeContext({ measurements: { heartRate: 150, potassium: 7 } });
    expect(ids(findRedFlags(context, { vitalSigns: true }))).toEqual(['heart-rate-hard:high']);
    expect(ids(findRedFlags(context, { laboratory: true }))).toEqual(['potassium-severe:high']);
  });
});
