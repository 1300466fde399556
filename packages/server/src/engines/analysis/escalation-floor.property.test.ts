import { buildPatientContext } from '@meridian/fhir-adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCalculators } from '../risk/index.js';
import { applyEscalationFloor } from './apply-escalation-floor.js';
import { clinicalFloor } from './clinical-floor.js';
import { analyseWithRules } from './rules-engine.js';
import {
  hardLimitCrossed,
  normalVitalsArbitrary,
  qsofaCertain,
  rankOf,
  referenceFloor,
  vitalsArbitrary,
  vitalsBundle,
  type Vitals,
} from './testing/news2-reference.js';

const at = '2026-06-01T12:00:00Z';
const analyse = (v: Vitals) => {
  const { bundle, answers } = vitalsBundle('p', v, at);
  const context = buildPatientContext(bundle, { referenceTime: at });
  const risk = runCalculators(context, { answers });
  return { context, risk, draft: analyseWithRules(context, risk) };
};

describe('the clinical floor, against an independent NEWS2 / qSOFA reference', () => {
  it('escalates to exactly the most urgent certain band of NEWS2 and qSOFA and the hard limits, never below', () => {
    fc.assert(
      fc.property(vitalsArbitrary, (v) => {
        const { draft } = analyse(v);
        const expected = referenceFloor(v);
        expect(rankOf(draft.escalation.level), JSON.stringify(v)).toBeGreaterThanOrEqual(rankOf(expected));
        expect(draft.escalation.level, JSON.stringify(v)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('names possible sepsis in a red flag whenever qSOFA is certainly 2 or more; a hard limit is an emergency flag', () => {
    fc.assert(
      fc.property(vitalsArbitrary, (v) => {
        const { draft } = analyse(v);
        const sepsis = draft.redFlags.some((f) => /qSOFA .*possible sepsis/.test(f.finding));
        expect(sepsis, JSON.stringify(v)).toBe(qsofaCertain(v) >= 2);
        if (hardLimitCrossed(v)) expect(draft.redFlags.some((f) => f.urgency === 'emergency')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never gives an emergency for normal vital signs, whatever is missing', () => {
    fc.assert(
      fc.property(normalVitalsArbitrary, (v) => {
        const { draft } = analyse(v);
        expect(draft.escalation.level, JSON.stringify(v)).toBe('routine');
        expect(draft.redFlags).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('lets a model raise the escalation but never lower it below the floor, and says when the floor applied', () => {
    const levels = fc.constantFrom('routine' as const, 'urgent' as const, 'emergency' as const);
    fc.assert(
      fc.property(vitalsArbitrary, levels, (v, modelLevel) => {
        const { context, risk, draft } = analyse(v);
        const floor = clinicalFloor(context, risk);
        const model = { ...draft, redFlags: [], escalation: { level: modelLevel, advice: 'model advice' } };
        const held = applyEscalationFloor(model, floor);
        const expected = rankOf(modelLevel) >= rankOf(floor.escalation.level) ? modelLevel : floor.escalation.level;
        expect(held.draft.escalation.level).toBe(expected);
        expect(held.applied).toBe(rankOf(modelLevel) < rankOf(floor.escalation.level));
        expect(held.addedRedFlags).toBe(floor.redFlags.length);
      }),
      { numRuns: 200 },
    );
  });

  it('an answered altered mentation is new confusion: an emergency', () => {
    const context = buildPatientContext(vitalsBundle('p', { rr: 16 }, at).bundle, { referenceTime: at });
    const draft = analyseWithRules(context, runCalculators(context, { answers: { alteredMentation: true } }));
    expect(draft.escalation.level).toBe('emergency');
    expect(draft.redFlags.map((f) => f.finding)).toContain('Level of consciousness: new confusion');
  });

  it('an answered vital sign beyond a hard limit is an emergency, cited to the patient', () => {
    const context = buildPatientContext(vitalsBundle('p', {}, at).bundle, { referenceTime: at });
    const risk = runCalculators(context, { answers: { respiratoryRate: 34 } });
    const draft = analyseWithRules(context, risk);
    expect(draft.escalation.level).toBe('emergency');
    expect(draft.redFlags[0]).toMatchObject({
      finding: 'Respiratory rate 34 /min (at or above 30)',
      citations: [{ kind: 'patient-fact', reference: 'Patient/p' }],
    });
  });
});
