/**
 * The oncology profile's vocabulary: cancer sites and histologies, the
 * descriptors kept in parentheses, genes, biomarkers, responses and
 * metastasis sites (with the adjective → site names the seed's format uses:
 * "pulmonary" → "lung (pulmonary)"). Common oncology usage, Meridian's own
 * selection; the output format follows the slm-ft-serving seed
 * (`fixtures/extraction/slm-ft-serving-oncology`, MIT).
 *
 * @module
 */

/** Organ phrases that name a cancer with a head noun after them. */
export const CANCER_SITES = [
  'non-small cell lung',
  'small cell lung',
  'lung',
  'breast',
  'colorectal',
  'colon',
  'rectal',
  'prostate',
  'ovarian',
  'pancreatic',
  'gastric',
  'renal cell',
  'renal',
  'bladder',
  'urothelial',
  'cervical',
  'endometrial',
  'esophageal',
  'oesophageal',
  'hepatocellular',
  'thyroid',
  'head and neck',
  'squamous cell',
  'basal cell',
  'kidney',
  'liver',
  'stomach',
  'skin',
  'testicular',
  'biliary',
] as const;

/** Head nouns of a cancer phrase. */
export const CANCER_HEADS = ['adenocarcinoma', 'carcinoma', 'cancer'] as const;

/** Cancers named by one word. */
export const STANDALONE_CANCERS = [
  'melanoma',
  'lymphoma',
  'leukemia',
  'leukaemia',
  'myeloma',
  'sarcoma',
  'glioblastoma',
  'mesothelioma',
  'cholangiocarcinoma',
] as const;

/** Descriptors before a cancer phrase, kept in parentheses ("melanoma (cutaneous)"). */
export const CANCER_DESCRIPTORS = [
  'high-grade serous',
  'low-grade serous',
  'castration-resistant',
  'hormone-sensitive',
  'castration-sensitive',
  'triple-negative',
  'clear cell',
  'papillary',
  'invasive ductal',
  'invasive lobular',
  'cutaneous',
  'uveal',
  'mucosal',
  'serous',
  'mucinous',
  'hormone receptor-positive',
] as const;

/** Genes whose alterations fill `gene_mutation`. */
export const GENES = [
  'EGFR',
  'KRAS',
  'NRAS',
  'BRAF',
  'BRCA1',
  'BRCA2',
  'ALK',
  'ROS1',
  'PIK3CA',
  'TP53',
  'MET',
  'RET',
  'IDH1',
  'IDH2',
  'NTRK',
  'FGFR2',
  'FGFR3',
  'ERBB2',
  'KIT',
  'PDGFRA',
] as const;

/** Biomarkers with a status word after them (HER2 positive) or a value (PSA 145 ng/mL). */
export const BIOMARKERS = [
  'PD-L1',
  'HER2',
  'ER',
  'PR',
  'PSA',
  'CA-125',
  'CA 19-9',
  'CEA',
  'AFP',
  'Ki-67',
  'MSI',
  'TMB',
] as const;

/** Treatment terms too generic to be a treatment field value. */
export const GENERIC_TREATMENTS = [
  'chemotherapy',
  'immunotherapy',
  'radiotherapy',
  'radiation therapy',
  'resection',
  'biopsy',
  'dialysis',
  'hemodialysis',
] as const;

/** Response phrases, most specific first; the last is used only when no other appears. */
export const RESPONSES = [
  'complete response',
  'partial response',
  'mixed response',
  'stable disease',
  'progressive disease',
  'disease progressed',
  'disease progression',
  'disease stabilization',
  'disease stabilisation',
  'disease-free',
  'no evidence of recurrence',
  'no evidence of disease',
] as const;

/** Metastasis site words → the site as the profile names it. */
export const METASTASIS_SITES: Readonly<Record<string, string>> = {
  brain: 'brain',
  cerebral: 'brain (cerebral)',
  liver: 'liver',
  hepatic: 'liver (hepatic)',
  lung: 'lung',
  pulmonary: 'lung (pulmonary)',
  bone: 'bone',
  skeletal: 'bone (skeletal)',
  osseous: 'bone (osseous)',
  peritoneal: 'peritoneal',
  adrenal: 'adrenal',
  nodal: 'lymph nodes',
  'lymph node': 'lymph nodes',
  pleural: 'pleural',
  spinal: 'spine',
  ovarian: 'ovarian',
};
