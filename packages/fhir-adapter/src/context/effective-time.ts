/**
 * When a clinical resource happened, read from its effective[x] / issued fields.
 *
 * @module
 */
import { isObject, readString, type JsonObject } from './json.js';

/** An instant as written in the resource and as epoch milliseconds. */
export interface ResolvedTime {
  iso: string;
  epochMs: number;
}

/**
 * Parses a FHIR date, dateTime or instant. Partial dates (`2020`, `2020-05`)
 * and date-only values are read as the start of that period in UTC.
 */
export function parseFhirDateTime(value: unknown): ResolvedTime | undefined {
  const text = readString(value);
  if (text === undefined || !/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/.test(text)) return undefined;
  const epochMs = Date.parse(text.length === 4 ? `${text}-01-01` : text);
  return Number.isFinite(epochMs) ? { iso: text, epochMs } : undefined;
}

/**
 * The time an Observation describes: effectiveDateTime, then
 * effectivePeriod.end (or .start when the period is open), effectiveInstant,
 * then issued. Unknown keys (such as a misspelt `effectivePeriod.stop`) are
 * ignored, so the period's start still counts.
 */
export function readEffectiveTime(resource: JsonObject): ResolvedTime | undefined {
  const fromDateTime = parseFhirDateTime(resource.effectiveDateTime);
  if (fromDateTime !== undefined) return fromDateTime;
  const period = resource.effectivePeriod;
  if (isObject(period)) {
    const fromPeriod = parseFhirDateTime(period.end) ?? parseFhirDateTime(period.start);
    if (fromPeriod !== undefined) return fromPeriod;
  }
  return parseFhirDateTime(resource.effectiveInstant) ?? parseFhirDateTime(resource.issued);
}
