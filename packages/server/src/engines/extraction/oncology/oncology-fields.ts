/**
 * The oncology profile's seven fields, as the slm-ft-serving seed defines
 * them: cancer_type, stage, gene_mutation, biomarker, treatment, response,
 * metastasis_site. Each is a string (several values joined by "; ") or null.
 *
 * @module
 */

/** The seven fields, in the seed's order. */
export const ONCOLOGY_FIELDS = [
  'cancer_type',
  'stage',
  'gene_mutation',
  'biomarker',
  'treatment',
  'response',
  'metastasis_site',
] as const;
/** One of {@link ONCOLOGY_FIELDS}. */
export type OncologyField = (typeof ONCOLOGY_FIELDS)[number];
/** The profile's answer: each field a value or null. */
export type OncologyRecord = Record<OncologyField, string | null>;

/**
 * A record with every field null.
 *
 * @example
 * ```ts
 * emptyOncologyRecord().stage; // null
 * ```
 */
export function emptyOncologyRecord(): OncologyRecord {
  return {
    cancer_type: null,
    stage: null,
    gene_mutation: null,
    biomarker: null,
    treatment: null,
    response: null,
    metastasis_site: null,
  };
}
