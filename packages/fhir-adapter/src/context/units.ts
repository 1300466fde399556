/**
 * Unit normalisation: turns a recorded quantity into the concept's canonical
 * UCUM unit. UCUM (ucum-lhc) is consulted once per (concept, unit) pair and the
 * resulting linear conversion is cached, so a bundle with thousands of values
 * parses each distinct unit only once.
 *
 * @module
 */
import ucum from '@lhncbc/ucum-lhc';
import { CODE_SYSTEMS } from './code-systems.js';
import type { LinearConversion, MeasureDefinition } from './measure-definition.js';
import { UNIT_ALIASES } from './unit-aliases.js';

const utils = ucum.UcumLhcUtils.getInstance();
const IDENTITY: LinearConversion = { factor: 1, offset: 0 };
const MAX_CACHE_ENTRIES = 4096;
/** Conversions by measure and recorded unit text (nested maps: a look-up builds no key string). */
const canonicalCache = new Map<string, Map<string, LinearConversion | null>>();
/** Conversions by measure, target unit and recorded unit text, for {@link convertMeasureValue}. */
const targetCache = new Map<string, Map<string, Map<string, LinearConversion | null>>>();
let cachedEntries = 0;

/**
 * A recorded quantity converted to the canonical unit, or the reason it could
 * not be.
 *
 * @example
 * ```ts
 * const r: CanonicalValue = toCanonicalValue(MEASURES.temperature, { value: 98.6, code: '[degF]' });
 * if (r.ok) r.value; // 37
 * ```
 */
export type CanonicalValue = { ok: true; value: number; unit: string } | { ok: false; reason: 'unknown-unit' };

/** The parts of a FHIR Quantity that matter for conversion. @example `const q: RecordedQuantity = { value: 98.6, unit: 'degF' };` */
export interface RecordedQuantity {
  value: number;
  unit?: string | undefined;
  code?: string | undefined;
  system?: string | undefined;
}

/**
 * Converts a recorded quantity into the concept's canonical unit. The UCUM
 * `code` is preferred over the free-text `unit`; common non-UCUM spellings are
 * mapped through `UNIT_ALIASES`.
 *
 * @example
 * ```ts
 * import { MEASURES, toCanonicalValue } from '@meridian/fhir-adapter';
 * toCanonicalValue(MEASURES.creatinine, { value: 1, unit: 'mg/dL' }); // { ok: true, value: 88.4..., unit: 'umol/L' }
 * ```
 */
export function toCanonicalValue(measure: MeasureDefinition, quantity: RecordedQuantity): CanonicalValue {
  const candidates: string[] = [];
  const ucumSystem = quantity.system === undefined || quantity.system === CODE_SYSTEMS.ucum;
  if (ucumSystem && quantity.code !== undefined) candidates.push(quantity.code);
  if (quantity.unit !== undefined) candidates.push(quantity.unit);
  if (candidates.length === 0 && measure.unitless === true) {
    return { ok: true, value: quantity.value, unit: measure.unit };
  }
  for (const candidate of candidates) {
    const conversion = conversionFor(measure, candidate);
    if (conversion !== null)
      return { ok: true, value: applyConversion(conversion, quantity.value), unit: measure.unit };
  }
  return { ok: false, reason: 'unknown-unit' };
}

function applyConversion(conversion: LinearConversion, value: number): number {
  return roundToPrecision(value * conversion.factor + conversion.offset);
}

/**
 * The conversion of `unitText` for `measure` (into its canonical unit), or,
 * with `target`, into that unit by UCUM and the molecular weight only (the
 * concept's accepted units and extra conversions describe its canonical unit).
 */
function conversionFor(measure: MeasureDefinition, unitText: string, target?: string): LinearConversion | null {
  let byUnit: Map<string, LinearConversion | null> | undefined;
  if (target === undefined) {
    byUnit = canonicalCache.get(measure.key);
    if (!byUnit) canonicalCache.set(measure.key, (byUnit = new Map()));
  } else {
    let byTarget = targetCache.get(measure.key);
    if (!byTarget) targetCache.set(measure.key, (byTarget = new Map()));
    byUnit = byTarget.get(target);
    if (!byUnit) byTarget.set(target, (byUnit = new Map()));
  }
  const known = byUnit.get(unitText);
  if (known !== undefined) return known;
  const definition =
    target === undefined
      ? measure
      : { ...measure, unit: target, acceptedUnits: undefined, extraConversions: undefined };
  const alias = UNIT_ALIASES[unitText.trim().toLowerCase()];
  let conversion = computeConversion(definition, unitText);
  if (conversion === null && alias !== undefined && alias !== unitText)
    conversion = computeConversion(definition, alias);
  if (++cachedEntries > MAX_CACHE_ENTRIES) {
    // Bounded: arbitrary unit texts from untrusted input cannot grow it without limit.
    for (const m of canonicalCache.values()) m.clear();
    for (const t of targetCache.values()) for (const m of t.values()) m.clear();
    cachedEntries = 1;
  }
  byUnit.set(unitText, conversion);
  return conversion;
}

function computeConversion(measure: MeasureDefinition, ucumUnit: string): LinearConversion | null {
  const extra = measure.extraConversions?.[ucumUnit];
  if (extra !== undefined) return extra;
  if (measure.acceptedUnits !== undefined && !measure.acceptedUnits.includes(ucumUnit)) return null;
  if (ucumUnit === measure.unit) return IDENTITY;
  const options = { molecularWeight: measure.molecularWeight ?? null };
  try {
    const atZero = utils.convertUnitTo(ucumUnit, 0, measure.unit, options);
    const atOne = utils.convertUnitTo(ucumUnit, 1, measure.unit, options);
    if (atZero.status !== 'succeeded' || atOne.status !== 'succeeded') return null;
    if (typeof atZero.toVal !== 'number' || typeof atOne.toVal !== 'number') return null;
    const factor = atOne.toVal - atZero.toVal;
    if (!Number.isFinite(factor) || factor === 0 || !Number.isFinite(atZero.toVal)) return null;
    return { factor, offset: atZero.toVal };
  } catch {
    return null;
  }
}

/**
 * Converts a value of a concept from one unit to another with the concept's
 * own conversions (UCUM, and its molecular weight for mass/molar units), or
 * `null` when the units are not interconvertible. Lets a consumer that needs a
 * unit other than the canonical one (a score published in mg/dL) ask for it
 * explicitly instead of assuming.
 *
 * @example
 * ```ts
 * convertMeasureValue(MEASURES.totalCholesterol, 5.5, 'mmol/L', 'mg/dL'); // 212.7
 * ```
 */
export function convertMeasureValue(
  measure: MeasureDefinition,
  value: number,
  fromUnit: string,
  toUnit: string,
): number | null {
  if (fromUnit === toUnit) return value;
  // Cached per (measure, target unit, unit): no concept table is copied per call.
  const conversion = conversionFor(measure, fromUnit, toUnit);
  return conversion === null ? null : applyConversion(conversion, value);
}

/** Drops floating-point noise (98.6 °F -> 37, not 37.000000000000004). */
function roundToPrecision(value: number): number {
  return Number(value.toPrecision(12));
}
