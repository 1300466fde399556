import { LIKELIHOOD_RANGES } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import type { CaseAnalysisDraft } from './analysis-draft.js';
import { citeGuidelines } from './cite-guidelines.js';

describe('citeGuidelines', () => {
  it('cites the first retrieved chunk about each condition, and nothing for the others', () => {
    const d = (condition: string) => ({
      condition,
      likelihood: { band: 'moderate' as const, probabilityRange: LIKELIHOOD_RANGES.moderate },
      findingsFor: [],
      findingsAgainst: [],
      citations: [{ kind: 'patient-fact' as const, reference: 'Observation/x' }],
    });
    const draft: CaseAnalysisDraft = {
      caseSummary: 's',
      differentials: [d('Sepsis'), d('Hypokalemia')],
      redFlags: [],
      escalation: { level: 'routine', advice: 'a' },
    };
    const chunk = (chunkId: string, title: string, heading: string) => ({
      chunkId,
      title,
      heading,
      text: '',
      sourceUrl: null,
      score: 1,
    });
    const cited = citeGuidelines(draft, [
      chunk('g1', 'Pneumonia', 'Pneumonia › Complications'),
      chunk('g2', 'Sepsis: signs', 'Sepsis › Signs and symptoms'),
      chunk('g3', 'Sepsis', 'Sepsis › Who is at risk'),
    ]);
    expect(cited.differentials[0]!.citations).toEqual([
      { kind: 'patient-fact', reference: 'Observation/x' },
      { kind: 'guideline', chunkId: 'g2' },
    ]);
    expect(cited.differentials[1]!.citations).toHaveLength(1);
  });
});
