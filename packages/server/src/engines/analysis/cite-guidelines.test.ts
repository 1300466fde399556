import { LIKELIHOOD_RANGES } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import type { CaseAnalysisDraft } from './analysis-draft.js';
import { citeGuidelines, dropIrrelevantGuidelineCitations } from './cite-guidelines.js';
import * as codes from './condition-codes.js';

const d = (condition: string, code?: { system: string; code: string; display: string }) => ({
  condition,
  ...(code ? { code } : {}),
  likelihood: { band: 'moderate' as const, probabilityRange: LIKELIHOOD_RANGES.moderate },
  findingsFor: [],
  findingsAgainst: [],
  citations: [{ kind: 'patient-fact' as const, reference: 'Observation/x' }],
});
const draft = (...differentials: ReturnType<typeof d>[]): CaseAnalysisDraft => ({
  caseSummary: 's',
  differentials,
  redFlags: [],
  escalation: { level: 'routine', advice: 'a' },
});
const chunk = (chunkId: string, heading: string, text: string) => ({
  chunkId,
  title: heading.split(' › ')[0]!,
  heading,
  text,
  sourceUrl: null,
  score: 1,
});

const TRAINING = chunk(
  'training',
  'Hospital sepsis program core elements › Education and reporting',
  'Staff are trained on the recognition of sepsis; sepsis data (incidence, outcomes, timeliness of care) are reported back to clinicians and leadership.',
);
const SIGNS = chunk(
  'signs',
  'Sepsis › Signs and symptoms',
  'A patient with sepsis may have a high heart rate, confusion, fever and shortness of breath. Low blood pressure and a raised lactate point to hypoperfusion.',
);
const OXYGEN = chunk(
  'oxygen',
  'Hypoxemia and respiratory failure › Signs and assessment',
  'Signs of low oxygen include shortness of breath and a fast respiratory rate. Pulse oximetry measures the oxygen saturation (SpO2).',
);

describe('citeGuidelines', () => {
  it('cites the passage that supports each condition, never one that only names it', () => {
    const cited = citeGuidelines(draft(d('Sepsis', codes.SNOMED_SEPSIS), d('Hypoxemia', codes.SNOMED_HYPOXEMIA)), [
      TRAINING,
      OXYGEN,
      SIGNS,
    ]);
    expect(cited.differentials[0]!.citations).toEqual([
      { kind: 'patient-fact', reference: 'Observation/x' },
      { kind: 'guideline', chunkId: 'signs' },
    ]);
    expect(cited.differentials[1]!.citations.at(-1)).toEqual({ kind: 'guideline', chunkId: 'oxygen' });
  });

  it('cites nothing when only unrelated passages were retrieved', () => {
    const cited = citeGuidelines(draft(d('Sepsis', codes.SNOMED_SEPSIS), d('Hypokalemia')), [TRAINING, OXYGEN]);
    expect(cited.differentials.map((x) => x.citations.length)).toEqual([1, 1]);
  });

  it('folds British and American spellings, and a low dense similarity vetoes a lexical match', () => {
    const british = chunk('br', 'Hypoxaemia › Signs', 'Hypoxaemia: a low oxygen saturation on pulse oximetry.');
    expect(citeGuidelines(draft(d('Hypoxemia')), [british]).differentials[0]!.citations).toHaveLength(2);
    const vetoed = citeGuidelines(draft(d('Hypoxemia')), [british], { similarity: () => 0.05 });
    expect(vetoed.differentials[0]!.citations).toHaveLength(1);
  });
});

describe('dropIrrelevantGuidelineCitations', () => {
  it("removes a model's citation of an unrelated passage and counts it; keeps relevant and unknown ones", () => {
    const modelDraft = draft({
      ...d('Sepsis'),
      citations: [
        { kind: 'guideline', chunkId: 'training' },
        { kind: 'guideline', chunkId: 'signs' },
        { kind: 'guideline', chunkId: 'never-retrieved' },
      ],
    } as unknown as ReturnType<typeof d>);
    const { draft: kept, removed } = dropIrrelevantGuidelineCitations(modelDraft, [TRAINING, SIGNS]);
    expect(removed).toBe(1);
    expect(kept.differentials[0]!.citations).toEqual([
      { kind: 'guideline', chunkId: 'signs' },
      { kind: 'guideline', chunkId: 'never-retrieved' },
    ]);
  });
});
