/**
 * The measured-concept catalogue: `MEASURES` and the code index used to match
 * Observation codes to concepts.
 *
 * @module
 */
import { LAB_MEASURES } from './lab-measures.js';
import type { MeasureDefinition } from './measure-definition.js';
import type { MeasureKey } from './types.js';
import { VITAL_SIGN_MEASURES } from './vital-sign-measures.js';
import { LOINC_BP_PANEL, LOINC_BP_PANEL_LEGACY } from './vital-sign-codes.js';

/**
 * Every measured concept Meridian understands, keyed by `MeasureKey`: accepted
 * codes, canonical UCUM unit, plausible range and default staleness window.
 *
 * @example
 * ```ts
 * import { MEASURES } from '@meridian/fhir-adapter';
 * MEASURES.oxygenSaturation.codings.map((c) => c.code); // ['59408-5', '2708-6', '20564-1', '431314004']
 * MEASURES.creatinine.unit; // 'umol/L'
 * ```
 */
export const MEASURES = { ...VITAL_SIGN_MEASURES, ...LAB_MEASURES } as const satisfies Record<
  MeasureKey,
  MeasureDefinition
>;

/**
 * Blood-pressure panel codes. Systolic and diastolic values are read from the
 * components of any Observation (these panels included) by their own codes.
 *
 * @example
 * ```ts
 * import { BLOOD_PRESSURE_PANELS } from '@meridian/fhir-adapter';
 * BLOOD_PRESSURE_PANELS.map((c) => c.code); // ['85354-9', '55284-4']
 * ```
 */
export const BLOOD_PRESSURE_PANELS = [LOINC_BP_PANEL, LOINC_BP_PANEL_LEGACY] as const;

/** All measure keys, in catalogue order. */
export const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[];

/** Codes by system, then by code: a look-up per coding, no key string built. */
function buildCodeIndex(): ReadonlyMap<string, ReadonlyMap<string, MeasureKey>> {
  const index = new Map<string, Map<string, MeasureKey>>();
  for (const key of MEASURE_KEYS) {
    const definition: MeasureDefinition = MEASURES[key];
    for (const coding of definition.codings) {
      let codes = index.get(coding.system);
      if (!codes) index.set(coding.system, (codes = new Map()));
      codes.set(coding.code, key);
    }
  }
  return index;
}

const CODE_INDEX = buildCodeIndex();

/** The measure a `system|code` pair denotes, if any. */
export function measureForCode(system: string | undefined, code: string | undefined): MeasureKey | undefined {
  if (system === undefined || code === undefined) return undefined;
  return CODE_INDEX.get(system)?.get(code);
}
