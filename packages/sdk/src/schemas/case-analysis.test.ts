import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  analysisCitationSchema,
  caseAnalyzeRequestSchema,
  differentialSchema,
  likelihoodSchema,
  LIKELIHOOD_RANGES,
} from './case-analysis.js';
import { guidelineSearchParamsSchema } from './guidelines.js';
import { safetyCheckRequestSchema } from './safety.js';

describe('case analysis schemas', () => {
  it('accepts a likelihood range inside its band and refuses one outside it', () => {
    expect(likelihoodSchema.safeParse({ band: 'moderate', probabilityRange: LIKELIHOOD_RANGES.moderate }).success).toBe(
      true,
    );
    expect(likelihoodSchema.safeParse({ band: 'low', probabilityRange: { min: 0.1, max: 0.7 } }).success).toBe(false);
    expect(likelihoodSchema.safeParse({ band: 'high', probabilityRange: { min: 0.9, max: 0.7 } }).success).toBe(false);
  });

  it('knows two kinds of citation and nothing else', () => {
    expect(analysisCitationSchema.safeParse({ kind: 'patient-fact', reference: 'Observation/rr-1' }).success).toBe(
      true,
    );
    expect(analysisCitationSchema.safeParse({ kind: 'guideline', chunkId: 'gch-1' }).success).toBe(true);
    expect(analysisCitationSchema.safeParse({ kind: 'patient-fact', reference: 'http://evil/x' }).success).toBe(false);
    expect(analysisCitationSchema.safeParse({ kind: 'pubmed', id: '1' }).success).toBe(false);
  });

  it('asks for exactly one of patient or bundle, and bounds the budget', () => {
    expect(caseAnalyzeRequestSchema.safeParse({ patient: 'Patient/a', budgetMs: 500 }).success).toBe(true);
    expect(caseAnalyzeRequestSchema.safeParse({}).success).toBe(false);
    expect(
      caseAnalyzeRequestSchema.safeParse({
        patient: 'Patient/a',
        bundle: { resourceType: 'Bundle', type: 'collection' },
      }).success,
    ).toBe(false);
    expect(caseAnalyzeRequestSchema.safeParse({ patient: 'Patient/a', budgetMs: -1 }).success).toBe(false);
    expect(caseAnalyzeRequestSchema.safeParse({ patient: 'Patient/a', question: 'x'.repeat(4001) }).success).toBe(
      false,
    );
  });

  it('bounds the inputs of the safety check and the guideline search', () => {
    expect(safetyCheckRequestSchema.safeParse({ text: 'x'.repeat(100_001) }).success).toBe(false);
    expect(guidelineSearchParamsSchema.safeParse({ q: '   ' }).success).toBe(false);
    expect(guidelineSearchParamsSchema.parse({ q: 'sepsis', limit: '5' }).limit).toBe(5);
  });

  it('converts to a JSON schema a model endpoint can be given', () => {
    const json = z.toJSONSchema(differentialSchema, { io: 'input' }) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(json.properties)).toEqual(expect.arrayContaining(['condition', 'likelihood', 'citations']));
    expect(json.required).toContain('citations');
  });
});
