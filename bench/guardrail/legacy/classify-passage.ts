// Frozen copy of Meridian's no-dosing guardrail before issue #17 (main at be91258), kept only as bench/guardrail's baseline.
import type { SafetyRemoval } from '@meridian/sdk';
import {
  CONCENTRATION,
  DRUG_ENDINGS,
  DRUG_NAMES,
  FREQUENCY,
  INSTRUCTION_VERB,
  MEDICATION_WORDS,
  NUMBER,
  PER_WEIGHT,
  ROUTE,
  STRONG_DOSE_UNIT,
  WEAK_DOSE_UNIT,
} from './dosing-lexicon.js';

/** Why a passage is unsafe to show, or `null` when it is safe. */
export type PassageVerdict = SafetyRemoval['reason'] | null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (list: readonly string[]) =>
  list
    .map(escape)
    .sort((a, b) => b.length - a.length)
    .join('|');
const UNIT_END = String.raw`(?![a-zà-ÿ])`;

const DRUG = new RegExp(
  String.raw`(?:\b(?:${words(DRUG_NAMES)})\b|\b[a-z]{2,}(?:${words(DRUG_ENDINGS)})\b|\bcef[a-z]{3,}\b)`,
  'u',
);
const NOT_DRUGS = /\b(?:april|person|reason|season|poison|comparison|caisson)\b/gu;
const MEDICATION = new RegExp(String.raw`\b(?:${words(MEDICATION_WORDS)})\b`, 'u');
const STRONG_DOSE = new RegExp(String.raw`${NUMBER}\s*-?\s*${STRONG_DOSE_UNIT}${UNIT_END}(?!${CONCENTRATION})`, 'u');
const WEAK_DOSE = new RegExp(String.raw`${NUMBER}\s*-?\s*${WEAK_DOSE_UNIT}${UNIT_END}(?!${CONCENTRATION})`, 'u');
const WEIGHT_BASED = new RegExp(String.raw`${NUMBER}\s*(?:${STRONG_DOSE_UNIT}|${WEAK_DOSE_UNIT})${PER_WEIGHT}`, 'u');
const PER_ML = new RegExp(
  String.raw`${NUMBER}\s*(?:${STRONG_DOSE_UNIT}|${WEAK_DOSE_UNIT})\s*\/\s*(?:\d+\s*)?ml\b`,
  'u',
);
const DRUG_THEN_NUMBER = new RegExp(String.raw`(?:${DRUG.source})\s*:?\s*\d`, 'u');
const ROUTE_RE = new RegExp(ROUTE, 'u');
const FREQUENCY_RE = new RegExp(FREQUENCY, 'u');
const INSTRUCTION = new RegExp(INSTRUCTION_VERB, 'u');
/** Urine output is measured in mL/kg/h: an observation, not a dose. */
const URINE_OUTPUT = /\b(?:urine output|urine|diuresis|uop?)\b/u;

/** The passage as the patterns read it: NFKC (full-width digits, `㎎`), lower case, drug-like false friends removed. */
export function normalisePassage(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
    .replace(NOT_DRUGS, ' ');
}

/**
 * Decides whether one passage (a sentence, a list item) prescribes or doses:
 * a dose quantity (`500 mg`, `2 tablets`, `0.1 mg/kg`, `10 units`), a drug
 * with a route, frequency or number (`amoxicillin PO TID`), or an
 * instruction to start, stop or change a medication. Laboratory values
 * (`potassium 5.2 mmol/L`, `glucose 180 mg/dL`), scores and percentages are
 * safe.
 *
 * @example
 * ```ts
 * classifyPassage('Give ceftriaxone 2 g IV once daily.'); // 'dose'
 * classifyPassage('Potassium 5.2 mmol/L.');               // null
 * classifyPassage('Stop the warfarin.');                  // 'medication-instruction'
 * ```
 */
export function classifyPassage(text: string): PassageVerdict {
  const t = normalisePassage(text);
  const drug = DRUG.test(t);
  const medicationContext = drug || MEDICATION.test(t);
  const routeOrFrequency = ROUTE_RE.test(t) || FREQUENCY_RE.test(t);
  if (STRONG_DOSE.test(t)) return 'dose';
  if (WEIGHT_BASED.test(t) && !URINE_OUTPUT.test(t)) return 'dose';
  if (drug && (PER_ML.test(t) || DRUG_THEN_NUMBER.test(t))) return 'dose';
  if (WEAK_DOSE.test(t) && (medicationContext || routeOrFrequency || INSTRUCTION.test(t))) return 'dose';
  if (medicationContext && routeOrFrequency) return 'route-or-frequency';
  if (medicationContext && INSTRUCTION.test(t)) return 'medication-instruction';
  return null;
}
