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

/**
 * The first coding of `concept` that `lookup` knows, read in place: most
 * Observations of a record match nothing, so nothing is allocated for them.
 */
function matchCoding<K>(
  concept: unknown,
  lookup: (system: string, code: string) => K | undefined,
): { concept: K; raw: JsonObject; system: string; code: string } | undefined {
  if (!isObject(concept) || !Array.isArray(concept.coding)) return undefined;
  for (const raw of concept.coding as unknown[]) {
    if (!isObject(raw)) continue;
    const system = raw.system;
    const code = raw.code;
    if (typeof system !== 'string' || typeof code !== 'string' || system === '' || code === '') continue;
    const key = lookup(system, code);
    if (key !== undefined) return { concept: key, raw, system, code };
  }
  return undefined;
}

function matchMeasure(concept: unknown): ConceptMatch<MeasureKey> | undefined {
  const m = matchCoding(concept, measureForCode);
  return m && { concept: m.concept, coding: { system: m.system, code: m.code } };
}

function matchFinding(concept: unknown): ConceptMatch<FindingKey> | undefined {
  const m = matchCoding(concept, findingForCode);
  if (!m) return undefined;
  const coding: CodingRef = { system: m.system, code: m.code };
  const display = readString(m.raw.display);
  if (display !== undefined) coding.display = display;
  return { concept: m.concept, coding };
}

function siteOf(
  holder: JsonObject,
  match: ConceptMatch<MeasureKey>,
  time: NonNullable<ReturnType<typeof readEffectiveTime>>,
  source: string,
): QuantitySite {
  return { concept: match.concept, holder, matchedCode: match.coding, time, source };
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
  let components: { holder: JsonObject; match: ConceptMatch<MeasureKey> }[] | undefined;
  for (const component of readArray(observation.component)) {
    if (!isObject(component)) continue;
    const match = matchMeasure(component.code);
    if (match !== undefined) (components ??= []).push({ holder: component, match });
  }
  if (own === undefined && finding === undefined && components === undefined) return;

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
  if (own !== undefined) offerQuantity(siteOf(observation, own, time, source), latest, log);
  for (const { holder, match } of components ?? []) offerQuantity(siteOf(holder, match, time, source), latest, log);
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
