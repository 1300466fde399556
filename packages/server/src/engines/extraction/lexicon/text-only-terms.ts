/**
 * Terms Meridian recognises without a curated code: symptoms, procedures,
 * allergens and the oncology drugs and regimens no loaded value set holds.
 * Their resources carry `code.text` only; a code is never guessed.
 *
 * @module
 */
import type { LexiconEntry, MentionKind } from './lexicon-entry.js';

const textOnly = (kind: MentionKind, names: readonly string[]): LexiconEntry[] => names.map((name) => ({ kind, name, terms: [name], codings: [] }));

/** Symptoms and findings named as problems. @example `SYMPTOMS.length > 10` */
export const SYMPTOMS = textOnly('condition', [
  'chest pain', 'shortness of breath', 'dyspnea', 'dyspnoea', 'fever', 'chills', 'cough', 'nausea', 'vomiting', 'diarrhea', 'diarrhoea',
  'constipation', 'headache', 'dizziness', 'syncope', 'palpitations', 'fatigue', 'weight loss', 'abdominal pain', 'back pain', 'edema',
  'oedema', 'rash', 'wheezing', 'orthopnea', 'night sweats', 'confusion', 'seizure', 'asthma', 'hyperlipidemia', 'hypothyroidism',
  'depression', 'anxiety', 'obesity', 'chronic kidney disease', 'ckd', 'osteoarthritis', 'gout', 'sepsis', 'urinary tract infection', 'uti',
  'hepatitis', 'dementia', 'migraine', 'sleep apnea', 'obstructive sleep apnea', 'osa', 'gerd', 'hypokalemia', 'hyperkalemia',
]);

/** Procedures (surgical and other). @example `PROCEDURES.some((p) => p.name === 'mastectomy')` */
export const PROCEDURES = textOnly('procedure', [
  'mastectomy', 'lumpectomy', 'nephrectomy', 'gastrectomy', 'total gastrectomy', 'colectomy', 'hemicolectomy', 'appendectomy',
  'cholecystectomy', 'hysterectomy', 'prostatectomy', 'radical prostatectomy', 'lobectomy', 'pneumonectomy', 'whipple procedure',
  'pancreaticoduodenectomy', 'cytoreductive surgery', 'surgical resection', 'resection', 'lymphadenectomy', 'd2 lymphadenectomy',
  'sentinel lymph node biopsy', 'biopsy', 'colonoscopy', 'endoscopy', 'bronchoscopy', 'cabg', 'coronary artery bypass graft', 'pci',
  'percutaneous coronary intervention', 'cardiac catheterization', 'stereotactic radiosurgery', 'radiotherapy', 'radiation therapy',
  'chemotherapy', 'immunotherapy', 'hip replacement', 'knee replacement', 'tonsillectomy', 'thyroidectomy', 'dialysis', 'hemodialysis',
]);

/** Medicines and regimens no loaded value set holds (many oncology agents). @example `MEDICINES.some((m) => m.name === 'nivolumab')` */
export const MEDICINES = textOnly('medication', [
  'nivolumab', 'ipilimumab', 'pembrolizumab', 'atezolizumab', 'durvalumab', 'trastuzumab', 'pertuzumab', 'bevacizumab', 'cetuximab',
  'osimertinib', 'erlotinib', 'gefitinib', 'alectinib', 'crizotinib', 'enzalutamide', 'abiraterone', 'olaparib', 'niraparib', 'cabozantinib',
  'sunitinib', 'pazopanib', 'imatinib', 'rituximab', 'tamoxifen', 'letrozole', 'anastrozole', 'carboplatin', 'cisplatin', 'oxaliplatin',
  'paclitaxel', 'docetaxel', 'gemcitabine', 'capecitabine', 'fluorouracil', '5-fu', 'irinotecan', 'doxorubicin', 'cyclophosphamide',
  'folfox', 'folfiri', 'folfirinox', 'capox', 'metformin', 'insulin', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'levothyroxine',
  'omeprazole', 'pantoprazole', 'albuterol', 'prednisone', 'furosemide', 'gabapentin', 'sertraline', 'apixaban', 'rivaroxaban',
]);

/** Allergens that are not medicines. @example `ALLERGENS.some((a) => a.name === 'peanuts')` */
export const ALLERGENS = textOnly('allergen', [
  'penicillin', 'penicillins', 'sulfa', 'sulfa drugs', 'sulfonamides', 'latex', 'peanuts', 'peanut', 'shellfish', 'iodine', 'contrast',
  'iodinated contrast', 'codeine', 'morphine', 'eggs', 'bee stings', 'amoxicillin', 'cephalosporins',
]);
