import { describe, expect, it } from 'vitest';
import { extractOncology } from './extract-oncology.js';
import { emptyOncologyRecord } from './oncology-fields.js';
import { f1, scoreOncology } from './score-oncology.js';

describe('oncology profile (rules)', () => {
  it('fills the seven fields in the seed format', () => {
    const record = extractOncology(
      'Stage IIIB non-small cell lung cancer with EGFR exon 19 deletion and PD-L1 was 60%. Started osimertinib plus carboplatin. ' +
        'No brain metastases; liver metastases present. Partial response.',
    );
    expect(record).toEqual({
      cancer_type: 'non-small cell lung cancer',
      stage: 'IIIB',
      gene_mutation: 'EGFR exon 19 deletion',
      biomarker: 'PD-L1 60%',
      treatment: 'osimertinib and carboplatin',
      response: 'partial response',
      metastasis_site: 'liver',
    });
  });

  it('leaves a non-medical text empty and negated treatment out', () => {
    expect(extractOncology('The weather is sunny; I bought apples.')).toEqual(emptyOncologyRecord());
    expect(extractOncology('Chemotherapy with cisplatin was declined; started pembrolizumab.').treatment).toBe(
      'pembrolizumab',
    );
  });

  it('scores exact match and part-level F1', () => {
    const gold = { ...emptyOncologyRecord(), cancer_type: 'breast cancer', treatment: 'mastectomy; tamoxifen' };
    const predicted = { ...emptyOncologyRecord(), cancer_type: 'Breast cancer', treatment: 'mastectomy; letrozole' };
    const score = scoreOncology([predicted, gold], [gold, gold]);
    expect(score.exactMatches).toBe(1);
    expect(score.overall).toEqual({ tp: 5, fp: 1, fn: 1 });
    expect(f1(score.perField.treatment)).toBeCloseTo(0.75);
    expect(f1({ tp: 0, fp: 0, fn: 0 })).toBe(1);
  });
});
