import type { GuardrailRule, SafetyRemoval } from '@meridian/sdk';
import {
  ALCOHOL_CONTEXT,
  CONCENTRATION,
  DOSE_WORD,
  FREQUENCY,
  LAB_CONTEXT,
  LAB_UNIT,
  NUMBER,
  OUTPUT_CONTEXT,
  PER_TIME,
  PER_WEIGHT,
  ROUTE,
  STRONG_DOSE_UNIT,
  WEAK_DOSE_UNIT,
} from './dosing-lexicon.js';
import { normaliseForGuard } from './normalise-text.js';
import { instructsMedication, passageFeatures, type PassageFeatures } from './passage-features.js';

/** Why a passage is unsafe to show, or `null` when it is safe. */
export type PassageVerdict = SafetyRemoval['reason'] | null;

/** The reason and the finer rule of an unsafe passage. */
export interface PassageFinding {
  reason: SafetyRemoval['reason'];
  rule: GuardrailRule;
}

const re = (source: string) => new RegExp(source, 'u');
const AMOUNT = String.raw`(?<![\p{L}\d.])${NUMBER}`;
const END = String.raw`(?![\p{L}])`;
const STRONG = re(String.raw`${AMOUNT}\s*-?\s*${STRONG_DOSE_UNIT}${END}(?!${CONCENTRATION})`);
const UNITS_ONLY = re(String.raw`${AMOUNT}\s*units?${END}`);
const WEIGHT_BASED = re(String.raw`${AMOUNT}\s*(?:(${STRONG_DOSE_UNIT}|${WEAK_DOSE_UNIT})${END})?${PER_WEIGHT}`);
const RATE = re(String.raw`${AMOUNT}\s*(?:(${WEAK_DOSE_UNIT})|${STRONG_DOSE_UNIT})${END}(?:${PER_WEIGHT})?${PER_TIME}`);
const AMOUNT_FREQUENCY = re(
  String.raw`${AMOUNT}\s*(?:(?:${STRONG_DOSE_UNIT}|${WEAK_DOSE_UNIT})${END})?\s*(${FREQUENCY})`,
);
/** A gram or volume amount; one per weight or per time is a rate, decided above. */
const WEAK = re(String.raw`${AMOUNT}\s*-?\s*${WEAK_DOSE_UNIT}${END}(?!${CONCENTRATION}|${PER_WEIGHT}|${PER_TIME})`);
const DOSE_AMOUNT = re(String.raw`${DOSE_WORD}\s*[:=]?\s*(?:of\s+)?${NUMBER}`);
const AFTER_DRUG = re(
  String.raw`^(?:['’]s)?\s*(?:(?:at|of|to|:|=|@|-|–|dose|is|now|then|up to|stat|x)\s*){0,2}(${NUMBER})(?![\d])(.{0,16})`,
);
const LAB_AFTER = re(String.raw`^\s*(?:${LAB_UNIT})`);
const LAB_WORD = re(LAB_CONTEXT);
const ROUTE_RE = re(ROUTE);
const ROUTE_OR_FREQUENCY_NEXT = re(String.raw`^\s*(?:${ROUTE}|${FREQUENCY})`);
const FREQUENCY_RE = re(FREQUENCY);
const OUTPUT = re(OUTPUT_CONTEXT);
const ALCOHOL = re(ALCOHOL_CONTEXT);
/** A date after a drug (`amoxicillin 2024-01-01`, a record's next field) is not an amount. */
const DATE = /^\d{4}-\d\d(?:-\d\d)?|^\d{1,2}\/\d{1,2}\/\d{2,4}/u;
/** A drug named as an allergen ("allergy to penicillin") is not being dosed. */
const ALLERGY_WORDS = new Set([
  'allergy',
  'allergic',
  'allergies',
  'intolerance',
  'intolerant',
  'reaction',
  'sensitivity',
]);
const VOLUME = /^(?:ml|mls|millilit|l|litres?|liters?|cc)/u;

const dose = (rule: GuardrailRule): PassageFinding => ({ reason: 'dose', rule });
/** A unit word followed by a result is the analyte's name (`Mg 0.7 mmol/L`), not the unit of the amount before it. */
const analyte = (t: string, m: RegExpExecArray) => LAB_RESULT_NEXT.test(t.slice(m.index + m[0].length));
const LAB_RESULT_NEXT = re(String.raw`^\s*:?\s*\d+(?:\.\d+)?\s*(?:${LAB_UNIT})`);
const PER_DAY = /^(?:\/|per)\s*(?:day|d|24\s?h)/u;
/** The words around a match (five or so either side): where its context is read. */
const around = (t: string, m: RegExpExecArray) => t.slice(Math.max(0, m.index - 32), m.index + m[0].length + 32);
/** What may follow the amount after a drug's name for it to be a dose: nothing, punctuation, a unit, a frequency, a route, a rate. */
const DOSE_TAIL = re(
  String.raw`^\s*(?:$|[,;:.)(]|%|(?:${STRONG_DOSE_UNIT}|${WEAK_DOSE_UNIT})${END}|${FREQUENCY}|${ROUTE}|(?:per|over|then|now|stat|x|and|or|\/)\b|\/)`,
);
/** Words an amount may follow and still be the amount of the drug after it (`give 2 paracetamol`, `then 500 amox`). */
const BEFORE_AMOUNT = new Set([
  'give',
  'take',
  'start',
  'then',
  'and',
  'plus',
  'with',
  'add',
  'load',
  'bolus',
  'push',
  'rx',
]);

/**
 * An amount right before a drug's name that ends the passage or is followed
 * by a frequency or route (`500 amox`, `give 2 paracetamol`, `2 x paracetamol
 * qds`); not a result of the word before it (`INR 2.4 warfarin`).
 */
function amountThenDrug(t: string, f: PassageFeatures): boolean {
  return f.drugs.some((i, k) => {
    let j = i - 1;
    if (j >= 0 && /^(?:of|x)$/u.test(f.tokens[j]!.text)) j--;
    const amount = f.tokens[j];
    if (!amount || !/^\d+(?:\.\d+)?$/u.test(amount.text)) return false;
    const before = f.tokens[j - 1]?.text;
    if (before !== undefined && !BEFORE_AMOUNT.has(before)) return false;
    return /^\s*(?:$|[,;.)])/u.test(t.slice(f.drugEnds[k])) || ROUTE_OR_FREQUENCY_NEXT.test(t.slice(f.drugEnds[k]));
  });
}

/** A drug name followed by a number that is not a result, a date or a duration: `amox 500`, `norad at 0.05`. */
function drugThenAmount(t: string, f: PassageFeatures): boolean {
  return f.drugEnds.some((end, k) => {
    const before = f.tokens.slice(Math.max(0, f.drugs[k]! - 3), f.drugs[k]).map((x) => x.text);
    if (before.some((w) => ALLERGY_WORDS.has(w))) return false;
    const m = AFTER_DRUG.exec(t.slice(end));
    if (!m) return false;
    const between = m[0].slice(0, m[0].length - m[1]!.length - m[2]!.length);
    return (
      !LAB_WORD.test(between) &&
      !DATE.test(m[0].slice(between.length)) &&
      !LAB_AFTER.test(m[2]!) &&
      DOSE_TAIL.test(m[2]!)
    );
  });
}

function doseShape(t: string, f: PassageFeatures): PassageFinding | null {
  const drug = f.drugs.length > 0;
  const strong = STRONG.exec(t);
  // Alcohol counted in units is social history; a volume per weight or hour beside an output, a clearance or an oxygen flow is an observation.
  if (strong && !(UNITS_ONLY.test(strong[0]) && ALCOHOL.test(around(t, strong))) && !analyte(t, strong))
    return dose('dose-unit');
  const named = drug || f.classWords.length > 0 || f.instructions.length > 0 || ROUTE_RE.test(t);
  const volumeIsDose = (m: RegExpExecArray) => named && !OUTPUT.test(around(t, m));
  const perWeight = WEIGHT_BASED.exec(t);
  if (perWeight && (!perWeight[1] || !VOLUME.test(perWeight[1]) || volumeIsDose(perWeight)))
    return dose('weight-based');
  const rate = RATE.exec(t);
  if (rate && (!rate[1] || volumeIsDose(rate))) return dose('rate');
  const frequency = AMOUNT_FREQUENCY.exec(t);
  if (
    frequency &&
    !/^(?:\d|hourly|hrly)/u.test(frequency[1]!) &&
    !(PER_DAY.test(frequency[1]!) && OUTPUT.test(around(t, frequency)))
  )
    return dose('amount-frequency');
  if (DOSE_AMOUNT.test(t)) return dose('dose-word-amount');
  if (drug && drugThenAmount(t, f)) return dose('drug-amount');
  if (drug && amountThenDrug(t, f)) return dose('drug-amount');
  const context = drug || f.classWords.length > 0 || f.instructions.length > 0;
  if (WEAK.test(t) && (context || ROUTE_RE.test(t) || FREQUENCY_RE.test(t))) return dose('amount-in-context');
  return null;
}

/**
 * Decides whether one passage (a sentence, a list item, a field) doses or
 * instructs a medication change, after normalising it (`normaliseForGuard`:
 * case, look-alike letters, invisible characters, spacing, numbers written
 * out, other languages' units). Laboratory values, vital signs and scores
 * (`K 3.1 mmol/L`, `HR 118/min`, `NEWS2 7`) are not doses.
 *
 * @example
 * ```ts
 * findDosing('amox 500 q8'); // { reason: 'dose', rule: 'amount-frequency' }
 * findDosing('Cut the furosemide in half.'); // { reason: 'medication-instruction', rule: 'instruction' }
 * findDosing('Creatinine 92 umol/L.'); // null
 * ```
 */
export function findDosing(text: string): PassageFinding | null {
  const t = normaliseForGuard(text);
  if (!/[\p{L}\d]/u.test(t)) return null;
  const f = passageFeatures(t);
  const shape = doseShape(t, f);
  if (shape) return shape;
  if (f.drugs.length && ROUTE_RE.test(t)) return { reason: 'route-or-frequency', rule: 'drug-route' };
  if (f.drugs.length && FREQUENCY_RE.test(t)) return { reason: 'route-or-frequency', rule: 'drug-frequency' };
  if (instructsMedication(f)) return { reason: 'medication-instruction', rule: 'instruction' };
  return null;
}

/**
 * Why a passage is unsafe (`dose`, `route-or-frequency`,
 * `medication-instruction`), or `null`: {@link findDosing} without the rule.
 *
 * @example
 * ```ts
 * classifyPassage('Give ceftriaxone 2 g IV once daily.'); // 'dose'
 * classifyPassage('Potassium 5.2 mmol/L.');               // null
 * classifyPassage('Stop the warfarin.');                  // 'medication-instruction'
 * ```
 */
export function classifyPassage(text: string): PassageVerdict {
  return findDosing(text)?.reason ?? null;
}
