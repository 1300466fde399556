/**
 * The vocabulary of the no-dosing guardrail besides drug names: dose units,
 * laboratory units (which make a number a result, not a dose), routes,
 * frequencies, medication class words and the verbs that instruct a
 * medication change. Patterns run on text already normalised by
 * `normaliseForGuard` (lower case, digits, decimal points, English units).
 *
 * @module
 */

/** A number as the normaliser leaves it: digits with an optional decimal part, or a leading point; a range counts as one. */
export const NUMBER = String.raw`(?:\d+(?:\.\d+)?|\.\d+)(?:\s*(?:-|–|to)\s*(?:\d+(?:\.\d+)?))?`;

/** Units that make an amount a dose on their own. */
export const STRONG_DOSE_UNIT = String.raw`(?:mg|mgs|milligrams?|mcg|mcgs|ug|micrograms?|ng|nanograms?|iu|i\.u\.|international units?|units?|u|meq|mmol|millimoles?|tablets?|tabs?|tab|capsules?|caps?|pills?|puffs?|drops?|gtts?|sprays?|patch(?:es)?|sachets?|ampoules?|ampules?|amps?|vials?|suppositor(?:y|ies)|nebs?|comprimidos?|tabletas?|c[aá]psulas?|gotas|comprim[ée]s?|g[ée]lules?|tabletten?|kapseln?|tropfen|hübe|gocce)`;

/** Units that make an amount a dose only next to a drug, route, frequency or instruction (grams and volumes are also weights, losses and outputs). */
export const WEAK_DOSE_UNIT = String.raw`(?:g|gm|gms|grams?|ml|mls|millilit(?:er|re)s?|cc|l|litres?|liters?)`;

/** A denominator that makes an amount a concentration (a laboratory value): `mmol/L`, `mg/dL`, `ng/mL`, `mg/mmol`. */
export const CONCENTRATION = String.raw`\s*(?:\/|per)\s*(?:d?l|dl|ml|ul|mm3|mol|mmol|hpf|litre|liter|decilitre|g\b|24\s?h(?:ours?|rs?)?\s*(?:urine|collection)?)\b`;

/** A per-weight or per-area denominator, the shape of a weight-based dose: `/kg`, `per kg`, `/m2`, `per kilo`. */
export const PER_WEIGHT = String.raw`\s*(?:\/|per)\s*(?:kg|kilo(?:gram)?s?|m2|square metre)\b`;

/** A per-time denominator, the shape of a rate: `/h`, `/hr`, `per hour`, `/min`. */
export const PER_TIME = String.raw`\s*(?:\/|per)\s*(?:h|hr|hrs|hour|hours|min|mins|minute|minutes)\b`;

/** Routes of administration. */
export const ROUTE = String.raw`\b(?:po|p\.o\.?|(?<!\b(?:stage|grade|class|type|phase|ckd|nyha|category|level|nerve|cn)\s)iv|i\.v\.?|ivi|ivpb|im|i\.m\.?|sc|s\.c\.?|sq|subcut|sub-cut|subcutaneous(?:ly)?|subcut[aá]nea|intravenous(?:ly)?|intramuscular(?:ly)?|orally|oral|by mouth|per os|pr(?!\s+interval)|per rectum|rectally|sl|sublingual(?:ly)?|nebuli[sz]ed|nebuli[sz]er|inhaled|topical(?:ly)?|transdermal(?:ly)?|intranasal(?:ly)?|io|intraosseous|ng(?!\s*\/)|via (?:a |the )?(?:central line|cvc|picc|peripheral line|cannula|ngt?|peg)|v[ií]a oral|v[ií]a intravenosa|por v[ií]a|par voie|voie orale|intraveineuse|intraveneux|intravenös|oral einnehmen)\b`;

/** Dosing frequencies, abbreviated and spelled out (including the German schedule `1-0-1`). */
export const FREQUENCY = String.raw`(?:\b(?:bid|b\.i\.d\.?|tid|t\.i\.d\.?|tds|t\.d\.s\.?|qid|q\.i\.d\.?|qds|q\.d\.s\.?|od|o\.d\.|qd|q\.d\.?|qhs|qam|qpm|qod|prn|p\.r\.n\.?|stat|nocte|mane|bd|b\.d\.|tonight|at night|in the morning|each morning|every morning|at bedtime|nightly|daily|weekly|hourly|hrly)\b|\bq\s?\d+(?:\s?-\s?\d+)?\s?(?:h|hr|hrs|hours?|min|mins|minutes?)?\b|\b\d+(?:\s?-\s?\d+)?\s?(?:hourly|hrly|h?ly)\b|\b(?:every|each)\s+\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|days?)\b|\b(?:once|twice|thrice|\d+ times|[1-4]\s?x)\s*(?:a|per|each)?\s*(?:day|daily|week|weekly)\b|\bper day\b|\ba day\b|(?<=(?:\d|mg|mcg|g|ml|units?|u|tabs?|tablets?|caps?|puffs?)\s*)\/\s*(?:day|d|24\s?h)\b|\bx\s?\d+\s?\/\s?7\b|\b[0-2](?:\.5)?-[0-2](?:\.5)?-[0-2](?:\.5)?(?:-[0-2](?:\.5)?)?\b)`;

/** Units and words that make a number a laboratory value, a vital sign or a score, not a dose. */
export const LAB_UNIT = String.raw`(?:%|mmhg|mm hg|kpa|bpm|beats|breaths|\/min\b|per minute|°c|c\b|cel|celsius|°f|cm|mm\b|ms\b|seconds?|secs?|s\b|kg\b|kg\/m2|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|x10|x 10|\/10\b|pack|points?|score|umol|µmol|nmol|pmol|mmol\/|mol\/|g\/|mg\/d?l|mg\/mmol|ng\/|pg\/|u\/l|iu\/l|mu\/l|miu|mosm|fl\b|meq\/)`;

/** Words after a drug name that make the number a level or a history, not a dose (`vancomycin trough 15`, `warfarin since 2019`). */
export const LAB_CONTEXT = String.raw`\b(?:level|levels|trough|peak|concentration|assay|inr|aptt|anti-xa|since|in|for|ago|on|from|until|allergy|allergic|intolerance|reaction|overdose|toxicity|ingestion)\b`;

/** Outputs, losses and ventilation measured in volumes: a volume per weight or time here is an observation. */
export const OUTPUT_CONTEXT = String.raw`\b(?:urine|urinary|proteinuria|albuminuria|excretion|collection|output|uop?|diuresis|drain|loss|losses|tidal|vt|clearance|crcl|gfr|egfr|cardiac|peak flow|pefr|flow|oxygen|o2|nasal cannula|non-rebreather|mask|fio2|blood loss|ebl)\b`;

/** Words that name medicines as a class, or a dose in general: an instruction with one of them is a medication instruction. */
export const MEDICATION_CLASS_WORDS = [
  'medication',
  'medications',
  'meds',
  'medicine',
  'medicines',
  'dose',
  'doses',
  'dosing',
  'dosage',
  'tablet',
  'tablets',
  'pill',
  'pills',
  'capsule',
  'capsules',
  'infusion',
  'antibiotic',
  'antibiotics',
  'abx',
  'antimicrobial',
  'antimicrobials',
  'antiviral',
  'antivirals',
  'antifungal',
  'analgesia',
  'analgesic',
  'painkiller',
  'painkillers',
  'steroid',
  'steroids',
  'corticosteroid',
  'corticosteroids',
  'anticoagulant',
  'anticoagulants',
  'anticoagulation',
  'antiplatelet',
  'antiplatelets',
  'vasopressor',
  'vasopressors',
  'pressor',
  'pressors',
  'inotrope',
  'inotropes',
  'diuretic',
  'diuretics',
  'opioid',
  'opioids',
  'opiate',
  'opiates',
  'sedative',
  'sedatives',
  'sedation',
  'antiemetic',
  'antipyretic',
  'antipyretics',
  'antihypertensive',
  'antihypertensives',
  'beta-blocker',
  'beta-blockers',
  'beta blocker',
  'beta blockers',
  'ace inhibitor',
  'ace inhibitors',
  'nsaid',
  'nsaids',
  'statin',
  'statins',
  'ppi',
  'chemotherapy',
  'thrombolysis',
  'thrombolytic',
  'crystalloid',
  'crystalloids',
  'colloid',
  'saline',
  'fluids',
  'fluid bolus',
  'iv fluids',
  'nebs',
  'nebuliser',
  'nebulisers',
  'inhaler',
  'inhalers',
  'rx',
  'medicamento',
  'medicamentos',
  'fármaco',
  'farmaco',
  'dosis',
  'médicament',
  'médicaments',
  'medikament',
  'medikamente',
  'arzneimittel',
  'dosierung',
  'posologie',
  'posología',
  'transfusion',
] as const;

/** Electrolytes: replaced like a medicine ("top up the magnesium"), but measured far more often, so they count only beside an instruction. */
export const ELECTROLYTE_WORDS = ['potassium', 'magnesium', 'phosphate', 'calcium', 'electrolytes'] as const; // prettier-ignore

/** The word dose (and its forms in other languages) before a number: `Dose: 2`. */
export const DOSE_WORD = String.raw`\b(?:dose|dosage|dosis|dosierung|posologie|posología|dosing)\b`;

/**
 * Verbs that tell the reader to start, stop or change a medication (base,
 * -ing and imperative forms; English, Spanish, French, German), and the
 * phrases that do the same (`cut … in half`, `go up on`, `hold off`).
 */
export const INSTRUCTION_VERB = String.raw`\b(?:start|starting|begin|beginning|initiate|initiating|commence|commencing|give|giving|administer|administering|prescribe|prescribing|stop|stopping|discontinue|discontinuing|d\/c|dc|hold|holding|withhold|withholding|omit|omitting|skip|skipping|pause|pausing|suspend|cease|ceasing|switch|switching|swap|swapping|convert|converting|increase|increasing|decrease|decreasing|reduce|reducing|titrate|titrating|up-titrate|uptitrate|down-titrate|taper|tapering|double|doubling|triple|halve|halving|wean|weaning|restart|restarting|resume|resuming|continue|continuing|re-dose|redose|bolus|infuse|infusing|top up|bump up|go up on|go down on|hold off|no more|cut (?:back|down)|cut\b(?=.*\bin (?:half|0\.5|two)\b)|tome|tomar|toma|administrar|suspender|suspenda|empezar|iniciar|inicie|aumentar|reducir|duplicar|prenez|prendre|arrêter|arrêtez|commencer|commencez|augmenter|diminuer|doubler|réduire|omettre|nehmen|absetzen|pausieren|einnehmen|geben|erhöhen|reduzieren|halbieren|verdoppeln)\b|\b(?:should|must|can|to|will) be (?:stopped|held|withheld|omitted|reduced|increased|decreased|doubled|halved|switched|restarted|resumed|started|given|titrated|weaned|tapered|continued|discontinued|changed)\b`;

/** Instruction verbs that reach only a few words forward, being also common words (`take two tablets` but not `take blood cultures before antimicrobials`; `lower the ramipril` but not `right lower lobe … on amoxicillin`). */
export const NEAR_INSTRUCTION_VERB = String.raw`\b(?:take|taking|chart|lower|lowering|raise|drop|add|adding|load|loading|push|replace|replacing|change|changing)\b`;

/** Words before a verb that make it a description, not an instruction ("people who skip meals", "they stop"). */
export const DESCRIBING_SUBJECTS = [
  'who',
  'that',
  'which',
  'they',
  'he',
  'she',
  'i',
  'we',
  'people',
  'patients',
  'someone',
] as const;

/** Alcohol, counted in units: social history, not a dose. */
export const ALCOHOL_CONTEXT = String.raw`\b(?:alcohol|etoh|drinks?|drinking|wine|beer|spirits)\b`;
