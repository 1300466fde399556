/**
 * The vocabulary of the no-dosing guardrail: drug names and drug-name
 * endings, dose units, routes, frequencies, medication words and the verbs
 * that instruct a medication change (English, with common Spanish, French
 * and German forms). Patterns run on NFKC-normalised, lower-cased text.
 *
 * @module
 */

/** Common drug names (generic and a few brand names) that no ending below catches. */
export const DRUG_NAMES = [
  'acetaminophen', 'paracetamol', 'aspirin', 'ibuprofen', 'naproxen', 'diclofenac', 'ketorolac', 'celecoxib',
  'morphine', 'fentanyl', 'oxycodone', 'hydromorphone', 'codeine', 'tramadol', 'methadone', 'buprenorphine', 'naloxone',
  'warfarin', 'heparin', 'enoxaparin', 'dalteparin', 'fondaparinux', 'clopidogrel', 'ticagrelor', 'alteplase', 'tenecteplase',
  'insulin', 'metformin', 'gliclazide', 'glipizide', 'glucagon', 'dextrose', 'glucose gel',
  'amoxicillin', 'ampicillin', 'penicillin', 'piperacillin', 'tazobactam', 'co-amoxiclav', 'augmentin', 'ceftriaxone', 'cefuroxime',
  'cefazolin', 'cephalexin', 'cefalexin', 'vancomycin', 'gentamicin', 'amikacin', 'meropenem', 'imipenem', 'ertapenem',
  'azithromycin', 'clarithromycin', 'erythromycin', 'doxycycline', 'ciprofloxacin', 'levofloxacin', 'moxifloxacin',
  'metronidazole', 'clindamycin', 'linezolid', 'trimethoprim', 'sulfamethoxazole', 'nitrofurantoin', 'fluconazole', 'aciclovir', 'acyclovir',
  'oseltamivir', 'remdesivir', 'dexamethasone', 'prednisolone', 'prednisone', 'hydrocortisone', 'methylprednisolone',
  'furosemide', 'frusemide', 'bumetanide', 'spironolactone', 'hydrochlorothiazide', 'bendroflumethiazide', 'digoxin', 'amiodarone',
  'adenosine', 'atropine', 'adrenaline', 'epinephrine', 'noradrenaline', 'norepinephrine', 'vasopressin', 'dopamine', 'dobutamine',
  'phenylephrine', 'metaraminol', 'salbutamol', 'albuterol', 'ipratropium', 'magnesium sulfate', 'magnesium sulphate',
  'potassium chloride', 'sodium bicarbonate', 'calcium gluconate', 'calcium chloride', 'lorazepam', 'diazepam', 'midazolam',
  'haloperidol', 'olanzapine', 'quetiapine', 'propofol', 'ketamine', 'levetiracetam', 'phenytoin', 'valproate', 'carbamazepine',
  'ondansetron', 'metoclopramide', 'omeprazole', 'pantoprazole', 'lansoprazole', 'ranitidine', 'levothyroxine', 'allopurinol',
  'colchicine', 'lithium', 'sertraline', 'citalopram', 'fluoxetine', 'amitriptyline', 'gabapentin', 'pregabalin',
  'lisinopril', 'ramipril', 'enalapril', 'losartan', 'amlodipine', 'nifedipine', 'diltiazem', 'verapamil', 'labetalol',
  'hydralazine', 'glyceryl trinitrate', 'nitroglycerin', 'gtn', 'isosorbide', 'atorvastatin', 'simvastatin', 'rosuvastatin',
  'apixaban', 'rivaroxaban', 'edoxaban', 'dabigatran', 'tranexamic acid', 'vitamin k', 'phytomenadione', 'thiamine',
  'iron sucrose', 'ferrous sulfate', 'ferrous sulphate', 'methotrexate', 'tylenol', 'advil', 'motrin', 'lasix', 'coumadin',
  'eliquis', 'xarelto', 'keflex', 'zithromax', 'cipro', 'ozempic', 'semaglutide', 'liraglutide', 'empagliflozin', 'dapagliflozin',
  'sitagliptin', 'benzylpenicillin', 'flucloxacillin', 'cloxacillin', 'nafcillin', 'tobramycin', 'colistin', 'daptomycin',
  'ketoconazole', 'itraconazole', 'voriconazole', 'caspofungin', 'chlorpromazine', 'promethazine', 'diphenhydramine', 'cetirizine',
  'loratadine', 'montelukast', 'budesonide', 'fluticasone', 'tiotropium', 'nicotine', 'varenicline', 'naltrexone', 'disulfiram',
  'acetylcysteine', 'n-acetylcysteine', 'activated charcoal', 'flumazenil', 'octreotide', 'terlipressin', 'lactulose', 'senna',
  'ivermectin', 'hydroxychloroquine', 'chloroquine', 'artesunate', 'quinine', 'amoxicilina', 'paracétamol', 'ibuprofeno',
] as const;

/** Endings of drug names (INN stems) that mark a word as a drug. */
export const DRUG_ENDINGS = [
  'cillin', 'mycin', 'micin', 'floxacin', 'cycline', 'penem', 'cef', 'olol', 'pril', 'sartan', 'statin', 'prazole', 'tidine',
  'parin', 'xaban', 'gatran', 'mab', 'tinib', 'dipine', 'oxetine', 'triptan', 'azepam', 'azolam', 'conazole', 'vir', 'sone',
  'olone', 'semide', 'thiazide', 'gliptin', 'gliflozin', 'glutide', 'profen', 'codone', 'morphone', 'caine', 'curium', 'tropium',
] as const;

/** Words that name medicines in general (a drug context without a drug's name). */
export const MEDICATION_WORDS = [
  'medication', 'medications', 'medicine', 'medicines', 'drug', 'drugs', 'dose', 'doses', 'dosing', 'dosage', 'prescription',
  'antibiotic', 'antibiotics', 'antimicrobial', 'antimicrobials', 'antiviral', 'antifungal', 'analgesic', 'analgesia', 'painkiller',
  'painkillers', 'steroid', 'steroids', 'corticosteroid', 'corticosteroids', 'anticoagulant', 'anticoagulants', 'anticoagulation',
  'vasopressor', 'vasopressors', 'pressor', 'pressors', 'inotrope', 'inotropes', 'diuretic', 'diuretics', 'opioid', 'opioids',
  'opiate', 'sedative', 'sedation', 'antiemetic', 'antipyretic', 'antipyretics', 'antihypertensive', 'antihypertensives',
  'beta-blocker', 'beta blocker', 'ace inhibitor', 'chemotherapy', 'thrombolysis', 'thrombolytic', 'tablet', 'tablets', 'pill',
  'pills', 'capsule', 'capsules', 'rx', 'crystalloid', 'crystalloids', 'saline', 'ringer', 'fluid bolus', 'iv fluids', 'infusion',
  'medicamento', 'medicamentos', 'fármaco', 'farmaco', 'dosis', 'médicament', 'médicaments', 'medicament', 'medikament',
  'medikamente', 'arzneimittel', 'dosierung', 'posologie', 'posología',
] as const;

/** A number: digits (decimals, ranges), fractions, or number words (English, Spanish, French, German). */
export const NUMBER =
  String.raw`(?:\d+(?:[.,]\d+)?(?:\s*(?:-|–|to|a|à|bis)\s*\d+(?:[.,]\d+)?)?|[.,]\d+|[½¼¾]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|eighty|hundred|thousand|half|uno|una|dos|tres|cuatro|cinco|diez|cien|quinientos|un|une|deux|trois|quatre|cinq|dix|cent|ein|eine|zwei|drei|vier|fünf|zehn|hundert|tausend))`;

/** Units that make a number a dose on their own. */
export const STRONG_DOSE_UNIT =
  String.raw`(?:mg|milligrams?|milligrammes?|mcg|µg|ug|micrograms?|microgrammes?|ng|nanograms?|iu|i\.u\.|international units?|units?|unidades|unités|einheiten|meq|mmol|millimoles?|tablets?|tabs?|capsules?|caps?|pills?|puffs?|drops?|sprays?|patch(?:es)?|sachets?|ampoules?|ampules?|vials?|suppositor(?:y|ies)|comprimidos?|tabletas?|c[aá]psulas?|gotas|comprim[ée]s?|g[ée]lules?|tabletten?|kapseln?|tropfen|hübe)`;

/** Units that make a number a dose only next to a drug, route, frequency or instruction (grams and volumes are also weights and outputs). */
export const WEAK_DOSE_UNIT = String.raw`(?:g|gm|grams?|grammes?|gramos?|ml|millilit(?:er|re)s?|cc|l|litres?|liters?)`;

/** A denominator that makes a quantity a concentration (a laboratory value), not a dose. */
export const CONCENTRATION = String.raw`\s*\/\s*(?:d?l|dl|ml|ul|µl|mm3|mol|mmol|hpf)\b`;

/** A per-weight or per-area denominator: the shape of a weight-based dose (`mg/kg`, `units/kg/h`, `mg/m2`). */
export const PER_WEIGHT = String.raw`\s*\/\s*(?:kg|m2|m²|kilo)`;

/** Routes of administration. */
export const ROUTE =
  String.raw`\b(?:po|p\.o\.?|iv|i\.v\.?|ivi|ivpb|im|i\.m\.?|sc|s\.c\.?|sq|subcut|subcutaneous(?:ly)?|intravenous(?:ly)?|intramuscular(?:ly)?|orally|oral|by mouth|per os|pr|per rectum|rectally|sl|sublingual(?:ly)?|nebuli[sz]ed|nebuli[sz]er|inhaled|topical(?:ly)?|transdermal(?:ly)?|intranasal(?:ly)?|io|intraosseous|v[ií]a oral|v[ií]a intravenosa|por v[ií]a|par voie|voie orale|intraveineuse|intraveneux|intravenös|oral einnehmen)\b`;

/** Dosing frequencies, abbreviated and spelled out. */
export const FREQUENCY =
  String.raw`(?:\b(?:bid|b\.i\.d\.?|tid|t\.i\.d\.?|tds|t\.d\.s\.?|qid|q\.i\.d\.?|qds|q\.d\.s\.?|od|o\.d\.|qd|q\.d\.?|qhs|qam|qpm|qod|prn|p\.r\.n\.?|stat|nocte|mane|bd|b\.d\.)\b|\bq\s?\d+(?:\s?-\s?\d+)?\s?(?:h|hr|hrs|hours?|min|mins|minutes?)\b|\b(?:every|each)\s+\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|days?)\b|\b(?:once|twice|thrice|three times|four times|[1-4]\s?x)\s+(?:a|per|each)?\s*(?:day|daily|week|weekly)\b|\b(?:once|twice) daily\b|\bdaily\b|\bnightly\b|\bat bedtime\b|\bper day\b|\/\s*(?:day|d|24\s?h)\b|\bcada\s+\d+\s+horas\b|\bveces al d[ií]a\b|\bal d[ií]a\b|\btoutes les\s+\d+\s+heures\b|\bfois par jour\b|\balle\s+\d+\s+stunden\b|\bmal t[äa]glich\b|\bt[äa]glich\b)`;

/** Verbs (base and -ing forms) that tell the reader to start, stop or change a medication. */
export const INSTRUCTION_VERB =
  String.raw`\b(?:start|starting|begin|beginning|initiate|initiating|commence|commencing|give|giving|administer|administering|prescribe|prescribing|take|stop|stopping|discontinue|discontinuing|hold|holding|withhold|withholding|cease|ceasing|switch|switching|change|changing|increase|increasing|decrease|decreasing|reduce|reducing|titrate|titrating|up-titrate|taper|tapering|double|doubling|halve|halving|wean|weaning|restart|restarting|resume|resuming|add|adding|load|loading|bolus|infuse|infusing|replace|replacing|tome|tomar|toma|administrar|suspender|suspenda|empezar|iniciar|inicie|aumentar|prenez|prendre|arrêter|arrêtez|commencer|commencez|augmenter|nehmen|nehmen sie|absetzen|einnehmen|geben|erhöhen)\b`;
