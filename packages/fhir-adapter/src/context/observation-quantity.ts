/**
 * Reads one numeric value (an Observation's or a component's) into a
 * normalised measurement candidate, or reports why it cannot be used.
 *
 * @module
 */
import type { IssueLog } from './issues.js';
import { isObject, readNumber, readString, type JsonObject } from './json.js';
import type { LatestValues } from './latest-values.js';
import { MEASURES } from './measures.js';
import type { ResolvedTime } from './effective-time.js';
import type { CodingRef, MeasureKey } from './types.js';
import { toCanonicalValue, type RecordedQuantity } from './units.js';

export interface QuantitySite {
  concept: MeasureKey;
  /** The Observation or the component that carries the value. */
  holder: JsonObject;
  matchedCode: CodingRef;
  time: ResolvedTime;
  source: string;
}

export function offerQuantity(site: QuantitySite, latest: LatestValues, log: IssueLog): void {
  const measure = MEASURES[site.concept];
  const recorded = readRecordedQuantity(site.holder);
  if (recorded === undefined) {
    log.add('information', 'no-value', site.source, `${measure.label} recorded without a usable numeric value.`);
    return;
  }
  if (recorded.comparator !== undefined) {
    log.add(
      'warning',
      'censored-value',
      site.source,
      `${measure.label} is given as a bound (${recorded.comparator}), not a value; excluded.`,
    );
    return;
  }
  const canonical = toCanonicalValue(measure, recorded);
  if (!canonical.ok) {
    log.add(
      'warning',
      'unknown-unit',
      site.source,
      `${measure.label} has a unit that cannot be converted to ${measure.unit}; excluded.`,
    );
    return;
  }
  const { min, max } = measure.plausible;
  if (canonical.value < min || canonical.value > max) {
    log.add(
      'warning',
      'implausible-value',
      site.source,
      `${measure.label} is outside the plausible range ${min}–${max} ${measure.unit} after unit conversion; excluded.`,
    );
    return;
  }
  const original: { value: number; unit?: string } = { value: recorded.value };
  const originalUnit = recorded.code ?? recorded.unit;
  if (originalUnit !== undefined) original.unit = originalUnit;
  latest.offerMeasurement(site.time.epochMs, {
    concept: site.concept,
    value: canonical.value,
    unit: canonical.unit,
    effective: site.time.iso,
    source: site.source,
    matchedCode: site.matchedCode,
    original,
  });
}

function readRecordedQuantity(holder: JsonObject): (RecordedQuantity & { comparator?: string }) | undefined {
  const quantity = holder.valueQuantity;
  if (isObject(quantity)) {
    const value = readNumber(quantity.value);
    if (value === undefined) return undefined;
    const recorded: RecordedQuantity & { comparator?: string } = {
      value,
      unit: readString(quantity.unit),
      code: readString(quantity.code),
      system: readString(quantity.system),
    };
    const comparator = readString(quantity.comparator);
    if (comparator !== undefined) recorded.comparator = comparator;
    return recorded;
  }
  const integer = readNumber(holder.valueInteger);
  return integer === undefined ? undefined : { value: integer };
}
