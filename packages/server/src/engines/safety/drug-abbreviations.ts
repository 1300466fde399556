/**
 * How clinicians write drug names when they do not write them out: ward
 * abbreviations and common brand names (UK, US, Australian, European), and
 * the spellings of other languages. Each maps to nothing: the guardrail only
 * needs to know that the word names a drug. Words that are also common
 * clinical words are left out on purpose (`para` is a parity, `k` a
 * potassium result, `adr` an adverse drug reaction, `od` also an overdose).
 *
 * @module
 */

/** Ward abbreviations of drug names. */
export const DRUG_ABBREVIATIONS = [
  'amox', 'amoxi', 'amoxy', 'co-amox', 'coamox', 'co-amoxi', 'fluclox', 'flucloxa', 'benpen', 'pen v', 'pip-taz',
  'piptaz', 'pip/taz', 'pip-tazo', 'pip tazo', 'piptazo', 'taz', 'tazo', 'vanc', 'vanco', 'gent', 'genta', 'gentam',
  'mero', 'merop', 'cipro', 'levo', 'moxi', 'metro', 'clari', 'clarith', 'azithro', 'erythro', 'doxy', 'clinda',
  'cef', 'ceftriax', 'cefurox', 'ceftaz', 'cefot', 'cotrim', 'co-trim', 'tmp-smx', 'nitrofur', 'trimeth', 'teic',
  'dapto', 'linez', 'acic', 'valacic', 'norad', 'noradren', 'norepi', 'levophed', 'adren', 'epi', 'dobut', 'dopa',
  'vaso', 'metaram', 'phenyleph', 'isoprenaline', 'pcm', 'apap', 'morph', 'oxycod', 'fent', 'remi', 'hydromorph',
  'midaz', 'mido', 'loraz', 'diaz', 'olanz', 'quet', 'ondans', 'metoclop', 'panto', 'omep', 'lanso',
  'salb', 'ipratrop', 'pred', 'prednis', 'dex', 'dexa', 'dexameth', 'hydrocort', 'methylpred', 'furo', 'frusem',
  'bumet', 'spiro', 'digox', 'dig', 'amio', 'bisop', 'metop', 'carvedil', 'amlo', 'ramip', 'lisino', 'atorva',
  'simva', 'rosuva', 'metf', 'glic', 'enox', 'dalt', 'tinz', 'hep', 'ufh', 'apix', 'riva', 'dabi', 'edox', 'warf',
  'clopid', 'ticag', 'kcl', 'mgso4', 'mag', 'phos', 'nacl', 'ns', 'd5w', 'hartmanns', "hartmann's", 'txa', 'tpa',
  'tnk', 'gtn', 'ismn', 'vit k', 'insulins', 'levetir', 'keppra', 'phenyt', 'valp',
] as const; // prettier-ignore

/** Brand names, and generic names as other languages spell them. */
export const DRUG_BRANDS = [
  'tazocin', 'zosyn', 'augmentin', 'co-amoxiclav', 'rocephin', 'vancocin', 'flagyl', 'keflex', 'bactrim', 'septrin',
  'levaquin', 'zithromax', 'klacid', 'biaxin', 'tamiflu', 'meronem', 'invanz', 'zyvox', 'cubicin', 'diflucan',
  'ambisome', 'zovirax', 'valtrex', 'veklury', 'decadron', 'medrol', 'solu-medrol', 'solumedrol', 'solu-cortef',
  'lasix', 'lanoxin', 'cordarone', 'adrenalin', 'ventolin', 'atrovent', 'ativan', 'valium', 'versed', 'haldol',
  'zyprexa', 'seroquel', 'diprivan', 'dilantin', 'epilim', 'tegretol', 'zofran', 'maxolon', 'reglan', 'nexium',
  'losec', 'prilosec', 'protonix', 'synthroid', 'eltroxin', 'zyloprim', 'panadol', 'nurofen', 'brufen', 'voltaren',
  'toradol', 'celebrex', 'oxycontin', 'oxynorm', 'endone', 'oramorph', 'sevredol', 'durogesic', 'duragesic',
  'tramal', 'ultram', 'suboxone', 'narcan', 'marevan', 'clexane', 'lovenox', 'fragmin', 'innohep', 'arixtra',
  'plavix', 'brilinta', 'brilique', 'pradaxa', 'lixiana', 'savaysa', 'actilyse', 'metalyse', 'lantus', 'levemir',
  'novorapid', 'humalog', 'actrapid', 'humulin', 'tresiba', 'toujeo', 'glucophage', 'diamicron', 'januvia',
  'jardiance', 'forxiga', 'victoza', 'trulicity', 'zoloft', 'lexapro', 'cipramil', 'prozac', 'elavil',
  'neurontin', 'lyrica', 'zestril', 'prinivil', 'tritace', 'altace', 'cozaar', 'norvasc', 'istin', 'adalat',
  'cardizem', 'betaloc', 'lopressor', 'toprol', 'tenormin', 'coreg', 'aldactone', 'lipitor', 'zocor', 'crestor',
  'cyklokapron', 'konakion', 'pabrinex', 'ferinject', 'venofer', 'buscopan', 'cyclizine', 'co-codamol',
  'co-dydramol', 'co-trimoxazole', 'movicol', 'laxido', 'sando-k', 'slow-k', 'kay-cee-l', 'plasmalyte',
  'plasma-lyte', 'gelofusine', 'voluven', 'metamizol', 'metamizole', 'novalgin', 'dipyrone', 'amoxicilina',
  'amoxicilline', 'amoxicillina', 'amoxicillin-clavulanate', 'paracétamol', 'paracetamolo', 'ibuprofeno',
  'noradrenalin', 'noradrenalina', 'adrenalina', 'heparina', 'héparine', 'enoxaparina', 'morfina', 'morphin',
  'furosemid', 'furosemida', 'ceftriaxon', 'ceftriaxona', 'vancomicina', 'vancomycine', 'gentamicina',
  'gentamicine', 'gentamycin', 'dexametasona', 'dexamethason', 'insulina', 'warfarina', 'metformina',
  'omeprazol', 'pantoprazol', 'fentanilo', 'fentanil', 'midazolam', 'propofol', 'ketamin', 'tramadol',
  'digoxina', 'amiodaron', 'amiodarona', 'salbutamolo', 'prednisolon', 'prednison', 'hidrocortisona',
  'cortisone', 'levotiroxina', 'ciprofloxacino', 'levofloxacino', 'azitromicina', 'claritromicina',
  'metronidazol', 'clindamicina', 'meropenem', 'piperacilina', 'tazobactam',
] as const; // prettier-ignore
