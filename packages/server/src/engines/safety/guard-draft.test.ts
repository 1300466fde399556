import { LIKELIHOOD_RANGES } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import type { CaseAnalysisDraft } from '../analysis/analysis-draft.js';
import { checkCitations } from './check-citations.js';
import { guardDraft } from './guard-draft.js';
import { TREATMENT_ADVICE } from './guard-text.js';

const fact = (reference: string) => ({ kind: 'patient-fact' as const, reference });
const draft: CaseAnalysisDraft = {
  caseSummary: 'Febrile and tachycardic. Give ceftriaxone 2 g IV now.',
  differentials: [
    {
      condition: 'Sepsis',
      likelihood: { band: 'high', probabilityRange: LIKELIHOOD_RANGES.high },
      findingsFor: ['HR 118/min', 'Start piperacillin 4.5 g q8h'],
      findingsAgainst: [],
      citations: [fact('Observation/hr')],
    },
    {
      condition: 'Pneumonia',
      likelihood: { band: 'moderate', probabilityRange: LIKELIHOOD_RANGES.moderate },
      findingsFor: [],
      findingsAgainst: [],
      citations: [],
    },
    {
      condition: 'Pulmonary embolism',
      likelihood: { band: 'low', probabilityRange: LIKELIHOOD_RANGES.low },
      findingsFor: [],
      findingsAgainst: [],
      citations: [fact('Observation/ctpa-made-up')],
    },
    {
      condition: 'Meningitis',
      likelihood: { band: 'low', probabilityRange: LIKELIHOOD_RANGES.low },
      findingsFor: [],
      findingsAgainst: [],
      citations: [{ kind: 'guideline', chunkId: 'gch-unknown' }],
    },
    {
      condition: 'Amoxicillin 500 mg TID',
      likelihood: { band: 'low', probabilityRange: LIKELIHOOD_RANGES.low },
      findingsFor: [],
      findingsAgainst: [],
      citations: [fact('Observation/hr')],
    },
  ],
  redFlags: [
    {
      finding: 'Heart rate 118/min',
      why: 'Tachycardia. Give metoprolol 5 mg IV.',
      urgency: 'urgent',
      citations: [fact('Observation/hr'), { kind: 'guideline', chunkId: 'gch-1' }],
    },
  ],
  escalation: { level: 'urgent', advice: 'Urgent review. Increase the noradrenaline.' },
};

describe('checkCitations', () => {
  it('drops uncited claims and claims citing what the request does not hold, counting each', () => {
    const { draft: kept, removals } = checkCitations(draft, {
      patientFacts: new Set(['Observation/hr']),
      chunkIds: new Set(['gch-1']),
    });
    expect(kept.differentials.map((d) => d.condition)).toEqual(['Sepsis', 'Amoxicillin 500 mg TID']);
    expect(kept.redFlags).toHaveLength(1);
    expect(removals).toEqual({ uncited: 1, fabricatedCitations: 2 });
  });
});

describe('guardDraft', () => {
  it('rewrites dosing prose, drops dosing findings and claims, and counts every removal', () => {
    const { draft: safe, dosing } = guardDraft(draft);
    expect(safe.caseSummary).toBe(`Febrile and tachycardic. ${TREATMENT_ADVICE}`);
    expect(safe.differentials.map((d) => d.condition)).not.toContain('Amoxicillin 500 mg TID');
    expect(safe.differentials[0]!.findingsFor).toEqual(['HR 118/min']);
    expect(safe.redFlags[0]!.why).toBe(`Tachycardia. ${TREATMENT_ADVICE}`);
    expect(safe.escalation.advice).toBe(`Urgent review. ${TREATMENT_ADVICE}`);
    expect(dosing).toBe(5);
    expect(JSON.stringify(safe)).not.toMatch(/\d\s*(mg|g)\b/);
  });
});
