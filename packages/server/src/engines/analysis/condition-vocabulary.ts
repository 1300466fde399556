/**
 * What a guideline passage about a condition talks about: the condition's
 * names (British and American spellings, abbreviations) and the clinical
 * terms a passage that supports it uses (its signs, tests, scores, risks).
 * Used to judge whether a retrieved passage supports a differential.
 *
 * @module
 */

/** The vocabulary of one condition. */
export interface ConditionVocabulary {
  /** SNOMED CT codes of the condition (and close children) that select this entry. */
  readonly codes: readonly string[];
  /** Names of the condition; a supporting passage names it. */
  readonly names: readonly string[];
  /** Terms of its clinical picture; a supporting passage uses several. */
  readonly related: readonly string[];
}

/**
 * The vocabularies, by condition. A condition not listed is judged by its own
 * name and the words of its findings.
 *
 * @example
 * ```ts
 * CONDITION_VOCABULARIES.find((v) => v.names.includes('sepsis'))?.related.includes('lactate'); // true
 * ```
 */
export const CONDITION_VOCABULARIES: readonly ConditionVocabulary[] = [
  {
    codes: ['91302008', '76571007', '10001005'],
    names: ['sepsis', 'septic', 'septicaemia'],
    related: [
      'infection',
      'organ dysfunction',
      'organ failure',
      'hypoperfusion',
      'lactate',
      'fever',
      'temperature',
      'heart rate',
      'pulse',
      'blood pressure',
      'hypotension',
      'confusion',
      'shortness of breath',
      'respiratory rate',
      'septic shock',
      'qsofa',
      'news2',
    ],
  },
  {
    codes: ['389087006', '389086002', '409622000'],
    names: ['hypoxaemia', 'hypoxia', 'low oxygen', 'respiratory failure'],
    related: [
      'oxygen saturation',
      'spo2',
      'pulse oximetry',
      'oximeter',
      'target range',
      'supplemental oxygen',
      'breathlessness',
      'shortness of breath',
      'respiratory rate',
      'arterial blood gas',
      'hypercapnia',
      'scale 2',
    ],
  },
  {
    codes: ['233604007', '385093006', '312342009'],
    names: ['pneumonia', 'chest infection', 'lower respiratory tract infection'],
    related: [
      'cough',
      'sputum',
      'phlegm',
      'fever',
      'chest x-ray',
      'crackles',
      'consolidation',
      'shortness of breath',
      'respiratory rate',
      'curb-65',
      'crb-65',
      'urea',
      'confusion',
      'severity',
    ],
  },
  {
    codes: ['49436004', '440059007', '282825002'],
    names: ['atrial fibrillation', 'af'],
    related: [
      'stroke',
      'anticoagulation',
      'cha2ds2-vasc',
      'has-bled',
      'bleeding risk',
      'irregular',
      'palpitations',
      'heart rate',
      'rhythm',
      'thromboembolism',
      'inr',
    ],
  },
  {
    codes: ['14140009', '43339004'],
    names: ['hyperkalaemia', 'hypokalaemia', 'potassium'],
    related: ['arrhythmia', 'ecg', 'kidney', 'renal', 'muscle weakness', 'mmol/l', 'blood test'],
  },
  {
    codes: ['89627008'],
    names: ['hyponatraemia', 'sodium'],
    related: ['confusion', 'seizures', 'fluid', 'kidney', 'mmol/l', 'blood test'],
  },
  {
    codes: ['302866003'],
    names: ['hypoglycaemia', 'low blood sugar', 'low blood glucose'],
    related: ['shakiness', 'sweating', 'confusion', 'seizures', 'insulin', 'diabetes', 'loss of consciousness'],
  },
  {
    codes: ['271737000'],
    names: ['anaemia'],
    related: ['haemoglobin', 'red blood cells', 'tiredness', 'pale', 'blood loss', 'iron', 'blood count'],
  },
];
