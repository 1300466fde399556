import { buildPatientContext, mapHl7Message, parseHl7Message } from '@meridian/fhir-adapter';
import { describe, expect, it } from 'vitest';
import {
  UNWELL,
  vitalSignsOru,
  WELL,
  type VitalSignsValues,
} from '../../../../fhir-adapter/src/hl7v2/testing/vital-signs-oru.js';
import { runCalculators } from '../../engines/risk/index.js';
import { alertCrossings, alertLevels } from './alert-rules.js';

/** NEWS2 and qSOFA of a patient whose only data is one vital-signs ORU. */
function levelsFor(values: VitalSignsValues) {
  const { bundle } = mapHl7Message(
    parseHl7Message(vitalSignsOru({ mrn: 'M1', controlId: 'C1', time: '20240501095500+0000', values })),
  );
  const context = buildPatientContext(
    { resourceType: 'Bundle', type: 'collection', entry: bundle.entry.map((e) => ({ resource: e.resource })) },
    { referenceTime: '2024-05-01T10:00:00Z' },
  );
  return alertLevels(runCalculators(context, { calculators: ['news2', 'qsofa'], answers: {} }));
}
const byCalc = (levels: ReturnType<typeof levelsFor>) =>
  Object.fromEntries(levels.map((l) => [l.calculator, [l.level, l.band, l.result.total]]));

describe('alert levels from real scores', () => {
  it('reads NEWS2 >= 7 as high and qSOFA >= 2 as positive, a well patient as nothing', () => {
    expect(byCalc(levelsFor(UNWELL))).toEqual({ news2: [2, 'high', 17], qsofa: [1, 'positive', 3] });
    expect(byCalc(levelsFor(WELL))).toEqual({ news2: [0, 'low-zero', 0], qsofa: [0, 'negative', 0] });
  });

  it('reads NEWS2 5-6 as medium', () => {
    const medium = { ...WELL, respiratoryRate: 22, heartRate: 112, temperature: 38.5 };
    expect(byCalc(levelsFor(medium)).news2).toEqual([1, 'medium', 5]);
  });
});

describe('alertCrossings', () => {
  const unwell = levelsFor(UNWELL);
  it('raises every rule whose level rose, and nothing while a level stays', () => {
    expect(alertCrossings(unwell, new Map()).map((c) => c.rule.coding.code)).toEqual(['news2-high', 'qsofa-positive']);
    expect(
      alertCrossings(
        unwell,
        new Map([
          ['news2', { level: 1, band: 'medium' }],
          ['qsofa', { level: 1, band: 'positive' }],
        ]),
      ),
    ).toEqual([expect.objectContaining({ calculator: 'news2', previousLevel: 1, previousBand: 'medium', level: 2 })]);
    expect(
      alertCrossings(
        unwell,
        new Map([
          ['news2', { level: 2, band: 'high' }],
          ['qsofa', { level: 1, band: 'positive' }],
        ]),
      ),
    ).toEqual([]);
    expect(alertCrossings(levelsFor(WELL), new Map())).toEqual([]);
  });
});
