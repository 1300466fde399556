/**
 * Reads a Condition into a `ConditionEntry`, excluding refuted, erroneous,
 * resolved, inactive, in-remission and abated conditions (each reported).
 *
 * @module
 */
import { parseFhirDateTime } from './effective-time.js';
import type { IssueLog } from './issues.js';
import { isObject, readCodings, readConceptText, readFirstCode, readString, type JsonObject } from './json.js';
import type { CheckedResource } from './resource-set.js';
import type { ConditionEntry } from './types.js';

const INACTIVE_CLINICAL = new Set(['resolved', 'inactive', 'remission']);

export function readCondition(entry: CheckedResource, referenceMs: number, log: IssueLog): ConditionEntry | undefined {
  const condition = entry.resource;
  const source = entry.label;
  const verificationStatus = readFirstCode(condition.verificationStatus);
  const clinicalStatus = readFirstCode(condition.clinicalStatus);
  if (verificationStatus === 'entered-in-error') {
    log.add('information', 'entered-in-error', source, 'Condition is entered-in-error; excluded.');
    return undefined;
  }
  if (verificationStatus === 'refuted') {
    log.add('information', 'refuted', source, 'Condition is refuted; excluded.');
    return undefined;
  }
  if (clinicalStatus !== undefined && INACTIVE_CLINICAL.has(clinicalStatus)) {
    log.add('information', 'inactive', source, `Condition is ${clinicalStatus}; excluded.`);
    return undefined;
  }
  if (hasAbatedBy(condition, referenceMs)) {
    log.add('information', 'inactive', source, 'Condition has abated; excluded.');
    return undefined;
  }
  const codes = readCodings(condition.code);
  const text = readConceptText(condition.code);
  if (codes.length === 0 && text === undefined) {
    log.add('information', 'no-value', source, 'Condition has no code or text; excluded.');
    return undefined;
  }
  const out: ConditionEntry = { codes, source };
  if (text !== undefined) out.text = text;
  if (clinicalStatus !== undefined) out.clinicalStatus = clinicalStatus;
  if (verificationStatus !== undefined) out.verificationStatus = verificationStatus;
  const onset =
    readString(condition.onsetDateTime) ??
    (isObject(condition.onsetPeriod) ? readString(condition.onsetPeriod.start) : undefined);
  if (onset !== undefined) out.onset = onset;
  const recorded = readString(condition.recordedDate);
  if (recorded !== undefined) out.recorded = recorded;
  return out;
}

/** Any abatement[x] means the condition is over, unless it is a date still in the future at the reference time. */
function hasAbatedBy(condition: JsonObject, referenceMs: number): boolean {
  const abatementKeys = Object.keys(condition).filter((key) => key.startsWith('abatement'));
  if (abatementKeys.length === 0) return false;
  if (condition.abatementBoolean === false && abatementKeys.length === 1) return false;
  const dated =
    parseFhirDateTime(condition.abatementDateTime) ??
    (isObject(condition.abatementPeriod)
      ? (parseFhirDateTime(condition.abatementPeriod.end) ?? parseFhirDateTime(condition.abatementPeriod.start))
      : undefined);
  return dated === undefined || dated.epochMs <= referenceMs;
}
