/**
 * The coded-finding catalogue: `FINDINGS`, `ACVPU_ANSWERS` and the code index.
 *
 * Staleness: consciousness and oxygen use are bedside observations (24 h, as
 * vital signs); pregnancy status 30 days (it changes, and a wrong "not
 * pregnant" is dangerous); smoking status 1 year (US Core asks yearly).
 *
 * @module
 */
import { DAY, HOUR, YEAR } from './measure-definition.js';
import * as F from './finding-codes.js';
import type { CodingRef, FindingKey } from './types.js';

/**
 * One coded finding: its codes, whether its value is a yes/no, and its window.
 *
 * @example
 * ```ts
 * import { FINDINGS } from '@meridian/fhir-adapter';
 * const smoking: FindingDefinition = FINDINGS.smokingStatus;
 * ```
 */
export interface FindingDefinition {
  readonly key: FindingKey;
  readonly label: string;
  readonly codings: readonly Required<CodingRef>[];
  /** `boolean`: yes/no answers are read into `CodedFinding.value` as a boolean. */
  readonly valueKind: 'coded' | 'boolean';
  readonly staleAfterHours: number;
}

/**
 * Every coded finding Meridian understands, keyed by `FindingKey`.
 *
 * @example
 * ```ts
 * import { FINDINGS } from '@meridian/fhir-adapter';
 * FINDINGS.levelOfConsciousness.codings[0].code; // '67775-7'
 * ```
 */
export const FINDINGS = {
  levelOfConsciousness: {
    key: 'levelOfConsciousness',
    label: 'level of consciousness',
    valueKind: 'coded',
    codings: [F.LOINC_LEVEL_OF_RESPONSIVENESS, F.LOINC_LEVEL_OF_CONSCIOUSNESS],
    staleAfterHours: 24 * HOUR,
  },
  smokingStatus: {
    key: 'smokingStatus',
    label: 'smoking status',
    valueKind: 'coded',
    codings: [F.LOINC_SMOKING_STATUS],
    staleAfterHours: 1 * YEAR,
  },
  supplementalOxygen: {
    key: 'supplementalOxygen',
    label: 'supplemental oxygen',
    valueKind: 'boolean',
    codings: [F.SNOMED_OXYGEN_THERAPY],
    staleAfterHours: 24 * HOUR,
  },
  pregnancyStatus: {
    key: 'pregnancyStatus',
    label: 'pregnancy status',
    valueKind: 'coded',
    codings: [F.LOINC_PREGNANCY_STATUS],
    staleAfterHours: 30 * DAY,
  },
} as const satisfies Record<FindingKey, FindingDefinition>;

/**
 * SNOMED CT answers of the ACVPU scale, by letter (for NEWS2).
 *
 * @example
 * ```ts
 * import { ACVPU_ANSWERS } from '@meridian/fhir-adapter';
 * const isAlert = codings.some((c) => c.code === ACVPU_ANSWERS.A.code);
 * ```
 */
export const ACVPU_ANSWERS = {
  A: F.SNOMED_ALERT,
  C: F.SNOMED_ACUTE_CONFUSION,
  V: F.SNOMED_RESPONDS_TO_VOICE,
  P: F.SNOMED_RESPONDS_TO_PAIN,
  U: F.SNOMED_UNRESPONSIVE,
} as const;

const FINDING_KEYS = Object.keys(FINDINGS) as FindingKey[];
const CODE_INDEX = new Map<string, Map<string, FindingKey>>();
for (const key of FINDING_KEYS) {
  for (const coding of FINDINGS[key].codings) {
    let codes = CODE_INDEX.get(coding.system);
    if (!codes) CODE_INDEX.set(coding.system, (codes = new Map()));
    codes.set(coding.code, key);
  }
}

/** The finding a `system|code` pair denotes, if any. */
export function findingForCode(system: string | undefined, code: string | undefined): FindingKey | undefined {
  if (system === undefined || code === undefined) return undefined;
  return CODE_INDEX.get(system)?.get(code);
}

const YES = new Set([`${F.SNOMED_YES.system}|${F.SNOMED_YES.code}`, `${F.V2_YES.system}|${F.V2_YES.code}`]);
const NO = new Set([`${F.SNOMED_NO.system}|${F.SNOMED_NO.code}`, `${F.V2_NO.system}|${F.V2_NO.code}`]);

/** Reads yes/no codings as a boolean; undefined when neither. */
export function codingsAsBoolean(codings: readonly CodingRef[]): boolean | undefined {
  for (const c of codings) {
    const key = `${c.system}|${c.code}`;
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
  }
  return undefined;
}
