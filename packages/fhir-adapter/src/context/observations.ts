/**
 * Reads an Observation: numeric values (the Observation's own and those of its
 * components, so panels such as blood pressure 85354-9 / 55284-4 work) and
 * coded findings.
 *
 * @module
 */
import { readEffectiveTime } from './effective-time.js';
import { codingsAsBoolean, FINDINGS, findingForCode } from './findings.js';
import type { IssueLog } from './issues.js';
import { isObject, readArray, readCodings, readConceptText, readString, type JsonObject } from './json.js';
import type { LatestValues } from './latest-values.js';
import { measureForCode } from './measures.js';
import { offerQuantity, type QuantitySite } from './observation-quantity.js';
import { CLOCK_SKEW_TOLERANCE_MS, type ResolvedOptions } from './options.js';
import type { CheckedResource } from './resource-set.js';
import type { CodedFinding, CodingRef, FindingKey, MeasureKey } from './types.js';

interface ConceptMatch<K> {
  concept: K;
  coding: CodingRef;
}

function matchMeasure(concept: unknown): ConceptMatch<MeasureKey> | undefined {
  for (const coding of readCodings(concept)) {
    const key = measureForCode(coding.system, coding.code);
    if (key !== undefined) return { concept: key, coding: { system: coding.system, code: coding.code } };
  }
  return undefined;
}

function matchFinding(concept: unknown): ConceptMatch<FindingKey> | undefined {
  for (const coding of readCodings(concept)) {
    const key = findingForCode(coding.system, coding.code);
    if (key !== undefined) return { concept: key, coding };
  }
  return undefined;
}

export function readObservation(
  entry: CheckedResource,
  options: ResolvedOptions,
  latest: LatestValues,
  log: IssueLog,
): void {
  const observation = entry.resource;
  const source = entry.label;
  if (!isObject(observation.code)) {
    log.add('warning', 'invalid-resource', source, 'Observation.code is missing or not a CodeableConcept; excluded.');
    return;
  }
  const status = readString(observation.status);
  const own = matchMeasure(observation.code);
  const finding = own === undefined ? matchFinding(observation.code) : undefined;
  const components: { holder: JsonObject; match: ConceptMatch<MeasureKey> }[] = [];
  for (const component of readArray(observation.component)) {
    if (!isObject(component)) continue;
    const match = matchMeasure(component.code);
    if (match !== undefined) components.push({ holder: component, match });
  }
  if (own === undefined && finding === undefined && components.length === 0) return;

  if (status === 'entered-in-error' || status === 'cancelled') {
    log.add('information', status, source, `Observation is ${status}; excluded.`);
    return;
  }
  const time = readEffectiveTime(observation);
  if (time === undefined) {
    log.add('warning', 'missing-effective-time', source, 'Observation has no effective time or issued date; excluded.');
    return;
  }
  if (time.epochMs > options.referenceMs + CLOCK_SKEW_TOLERANCE_MS) {
    log.add('information', 'after-reference-time', source, 'Observation is dated after the reference time; ignored.');
    return;
  }
  const site = (holder: JsonObject, match: ConceptMatch<MeasureKey>): QuantitySite => ({
    concept: match.concept,
    holder,
    matchedCode: match.coding,
    time,
    source,
  });
  if (own !== undefined) offerQuantity(site(observation, own), latest, log);
  for (const { holder, match } of components) offerQuantity(site(holder, match), latest, log);
  if (finding !== undefined) {
    const value = readFindingValue(observation, FINDINGS[finding.concept].valueKind);
    if (value === undefined) {
      log.add('information', 'no-value', source, `${FINDINGS[finding.concept].label} recorded without a value.`);
      return;
    }
    latest.offerFinding(time.epochMs, { concept: finding.concept, ...value, effective: time.iso, source });
  }
}

function readFindingValue(
  observation: JsonObject,
  kind: 'coded' | 'boolean',
): Pick<CodedFinding, 'value' | 'text'> | undefined {
  if (typeof observation.valueBoolean === 'boolean') return { value: observation.valueBoolean };
  const concept = observation.valueCodeableConcept;
  if (isObject(concept)) {
    const codings = readCodings(concept);
    const text = readConceptText(concept);
    const asBoolean = kind === 'boolean' ? codingsAsBoolean(codings) : undefined;
    if (codings.length === 0 && text === undefined) return undefined;
    const out: Pick<CodedFinding, 'value' | 'text'> = { value: asBoolean ?? codings };
    if (text !== undefined) out.text = text;
    return out;
  }
  const text = readString(observation.valueString);
  return text === undefined ? undefined : { value: [], text };
}
