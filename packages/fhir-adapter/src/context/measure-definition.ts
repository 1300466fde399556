/**
 * The shape of one entry of the `MEASURES` catalogue.
 *
 * @module
 */
import type { CodingRef, MeasureKey } from './types.js';

/**
 * A linear conversion `canonical = value * factor + offset` for a unit that
 * UCUM cannot (or must not) convert for this concept, e.g. mEq/L to mmol/L for
 * a monovalent ion, or IFCC mmol/mol to NGSP % for HbA1c.
 *
 * @example
 * ```ts
 * const meqToMmol: LinearConversion = { factor: 1, offset: 0 };
 * ```
 */
export interface LinearConversion {
  readonly factor: number;
  readonly offset: number;
}

/**
 * One measured concept: which codes mean it, its canonical UCUM unit, the
 * physiologically possible range and how long a value stays current.
 *
 * @example
 * ```ts
 * import { MEASURES } from '@meridian/fhir-adapter';
 * const hr: MeasureDefinition = MEASURES.heartRate; // unit '/min', plausible 0..300
 * ```
 */
export interface MeasureDefinition {
  readonly key: MeasureKey;
  /** Human label, used in issue messages. */
  readonly label: string;
  /** Codings accepted for this concept (Observation.code or component.code). */
  readonly codings: readonly Required<CodingRef>[];
  /** Canonical UCUM unit; every `Measurement.value` is expressed in it. */
  readonly unit: string;
  /** Physiologically possible range in the canonical unit (inclusive); outside it a value is excluded as `implausible-value`. */
  readonly plausible: { readonly min: number; readonly max: number };
  /** A value older than this (at the reference time) is kept but flagged `stale`. */
  readonly staleAfterHours: number;
  /** Molar mass (g/mol) enabling mass <-> molar conversion by UCUM. */
  readonly molecularWeight?: number;
  /** When set, only these UCUM units are accepted (others are `unknown-unit` even if UCUM could convert them). */
  readonly acceptedUnits?: readonly string[];
  /** Conversions applied before UCUM, keyed by UCUM unit code. */
  readonly extraConversions?: Readonly<Record<string, LinearConversion>>;
  /** True when a value with no unit at all is meaningful (ratios such as INR). */
  readonly unitless?: boolean;
}

export const HOUR = 1;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;
