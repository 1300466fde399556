/**
 * Numbers that identify a person or a thing: SSNs, record, plan, account,
 * licence, vehicle, device (serial numbers, GS1 UDIs) and biometric
 * identifiers, and other unique ids. A cue word before the number ("MRN",
 * "policy", "acct", "serial", "fingerprint ID") decides its kind; an
 * id-shaped token without a cue (letters and at least four digits, or seven
 * digits and more) is an `ID`.
 *
 * @module
 */
import { phiSpan, type PhiSpan, type PhiType } from './phi-types.js';

const SSN = /\b(?!000|666|9\d\d)\d{3}[- ]\d{2}[- ]\d{4}\b/g;
const CUE_WORDS: ReadonlyArray<readonly [PhiType, string]> = [
  ['SSN', 'ssn|social security'],
  ['MRN', 'mrn|medical record|record|chart|hospital number'],
  [
    'HEALTH_PLAN',
    'health ?plan|insurance|insurer|policy|member(?:ship)?|beneficiary|medicare|medicaid|subscriber|plan|coverage|group',
  ],
  ['ACCOUNT', 'account|acct|billing|invoice|credit card|card|iban|bank'],
  ['LICENSE', 'licen[cs]e|dl|dea|npi|certificate|certification|registration|permit'],
  ['VEHICLE', 'vin|vehicle|plate'],
  ['DEVICE', 'device|serial|pacemaker|implant|udi|imei|s/n|sn'],
  [
    'BIOMETRIC',
    'biometric|finger ?prints?|thumb ?prints?|palm ?prints?|retina(?:l)? scan|iris (?:scan|template)|voice ?prints?|face (?:template|print)|facial recognition|gait signature|dna profile',
  ],
  ['ID', 'id|identifier|case|patient|site|study|specimen|accession|encounter|visit|ticket|ref(?:erence)?|rx|order'],
];
const CUE_ANY = new RegExp(CUE_WORDS.map(([, words]) => `\\b(${words})\\b`).join('|'), 'gi');
const CUED = new RegExp(
  `\\b(?:${CUE_WORDS.map(([, w]) => w).join('|')})\\b(?:\\s+(?:id|number|no\\.?))?\\s*(?:is|of)?\\s*[:#]?\\s*(#?[A-Za-z]{0,6}[- ]?\\d[\\dA-Za-z-]*)`,
  'gi',
);
const CODE_SHAPED = /(?<![\w-])#?(?:[A-Z]{1,6}-?\d{4,}[A-Z\d-]*|\d{4,}[A-Z]{2,}|\d+(?:-\d+){1,3}|\d{7,})(?![\w-])/g;
const UNIT_AFTER = /^\s?(?:mg|mcg|µg|g|kg|ml|mL|l|L|units?|iu|IU|%|mmhg|mmHg|mmol|meq|mEq|cells|\/)/i;
const YEAR_LIKE = /^(?:19|20)\d\d(?:-\d\d){0,2}$/;
const UDI = /\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z\d-]+)*/g;
const IBAN = /\b[A-Z]{2}\d{2}[A-Z\d]{11,30}\b/gi;
const NOT_IDS = /^(?:NCT\d+|ISBN|\d{4}-\d{4}$|(?:19|20)\d\d(?:-\d\d){0,2}$|\d{1,3}(?:-\d{1,3}){1,2}$)/;

/**
 * Finds SSNs and cued or id-shaped numbers.
 *
 * @example
 * ```ts
 * detectIdentifiers('MRN: 12345678'); // [{ type: 'MRN', text: '12345678', ... }]
 * ```
 */
export function detectIdentifiers(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const m of text.matchAll(SSN)) spans.push(phiSpan('SSN', text, m.index, m.index + m[0].length, 'rules'));
  for (const m of text.matchAll(UDI)) spans.push(phiSpan('DEVICE', text, m.index, m.index + m[0].length, 'rules'));
  for (const m of text.matchAll(IBAN))
    if (/\d{8}/.test(m[0])) spans.push(phiSpan('ACCOUNT', text, m.index, m.index + m[0].length, 'rules'));
  for (const m of text.matchAll(CUED)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    const digits = (value.match(/\d/g) ?? []).length;
    if (
      digits < 3 ||
      (digits < 4 && !/[A-Za-z]/.test(value)) ||
      YEAR_LIKE.test(value) ||
      UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 8))
    )
      continue;
    spans.push(
      phiSpan(cueType(text.slice(Math.max(0, start - 40), start)) ?? 'ID', text, start, start + value.length, 'rules'),
    );
  }
  for (const m of text.matchAll(CODE_SHAPED)) {
    const token = m[0].replace(/^#/, '');
    if (NOT_IDS.test(token) || (token.match(/\d/g) ?? []).length < 4) continue;
    spans.push(
      phiSpan(
        cueType(text.slice(Math.max(0, m.index - 40), m.index)) ?? 'ID',
        text,
        m.index,
        m.index + m[0].length,
        'rules',
      ),
    );
  }
  return spans;
}

/** The kind named by the cue word closest before an id (within the window), if any; a generic cue ("ID") after a specific one ("insurance ID") takes the specific kind. */
function cueType(window: string): PhiType | undefined {
  let best: PhiType | undefined;
  let specific: PhiType | undefined;
  for (const m of window.matchAll(CUE_ANY)) {
    const type = CUE_WORDS[m.slice(1).findIndex((g) => g !== undefined)]![0];
    best = type;
    if (type !== 'ID') specific = type;
  }
  return best === 'ID' && specific ? specific : best;
}
