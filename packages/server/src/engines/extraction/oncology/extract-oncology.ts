/**
 * The oncology profile on the rules engine: the seven fields of the
 * slm-ft-serving seed from a note.
 *
 * @module
 */
import { cancerType, metastasisSites, responseOf, stageOf } from './disease-fields.js';
import { biomarkers, geneMutations } from './molecular-fields.js';
import type { OncologyRecord } from './oncology-fields.js';
import { treatmentOf } from './treatment-field.js';

/**
 * Fills the seven oncology fields by rule (null where nothing is found).
 *
 * @example
 * ```ts
 * extractOncology('Stage IV NSCLC with EGFR exon 19 deletion on osimertinib.').gene_mutation; // 'EGFR exon 19 deletion'
 * ```
 */
export function extractOncology(text: string): OncologyRecord {
  return {
    cancer_type: cancerType(text),
    stage: stageOf(text),
    gene_mutation: geneMutations(text),
    biomarker: biomarkers(text),
    treatment: treatmentOf(text),
    response: responseOf(text),
    metastasis_site: metastasisSites(text),
  };
}
