import type { AnyResource, FhirSearchPage, Meridian, RiskResult } from '@meridian/sdk';
import { effectiveTime, locateValue, primaryCode, valueAt, type CodeToken } from './observation-values.js';
import { REFERENCE_ZONES, type ReferenceZones } from './reference-zones.js';

/** One charted value. */
export interface TrendPoint {
  /** ISO time it was taken. */
  time: string;
  value: number;
  /** The Observation it came from (`Observation/…`). */
  observation: string;
}

/** The history of one input behind the scores. */
export interface TrendSeries {
  /** The input name the calculators use (`heartRate`). */
  input: string;
  /** What was measured, from the Observation's code (`Heart rate`). */
  label: string;
  /** The code searched (`http://loinc.org|8867-4`). */
  code: string;
  /** UCUM unit of the points (that of the latest Observation). */
  unit: string | undefined;
  /** Oldest first; only points in `unit`. */
  points: TrendPoint[];
  /** Thresholds to draw, present only when they are in `unit`. */
  zones: ReferenceZones | undefined;
  /** The scores that used this input. */
  calculators: RiskResult['calculatorId'][];
}

/** Options of {@link loadTrends}. */
export interface LoadTrendsOptions {
  /** Only Observations on or after this FHIR date or date-time. */
  since?: string | undefined;
  /** Most values per series (default 200). */
  maxPoints?: number | undefined;
}

interface UsedInput {
  /** Every input name the results read from this Observation (`systolicBp`, `uncontrolledHypertension`). */
  inputs: string[];
  source: string;
  value: number;
  calculators: RiskResult['calculatorId'][];
}

/** The Observations the results took a numeric input from, once each, with the inputs and scores that used them. */
function usedObservations(results: readonly RiskResult[]): UsedInput[] {
  const bySource = new Map<string, UsedInput>();
  for (const result of results) {
    for (const input of result.inputs) {
      const p = input.provenance;
      if (
        input.status !== 'used' ||
        typeof input.value !== 'number' ||
        p?.kind !== 'record' ||
        !p.source.startsWith('Observation/')
      )
        continue;
      const seen = bySource.get(p.source) ?? { inputs: [], source: p.source, value: input.value, calculators: [] };
      if (!seen.inputs.includes(input.name)) seen.inputs.push(input.name);
      if (!seen.calculators.includes(result.calculatorId)) seen.calculators.push(result.calculatorId);
      bySource.set(p.source, seen);
    }
  }
  return [...bySource.values()];
}

async function searchAll(
  client: Meridian,
  patient: string,
  code: CodeToken,
  options: LoadTrendsOptions,
): Promise<AnyResource[]> {
  const max = options.maxPoints ?? 200;
  const found: AnyResource[] = [];
  let page: FhirSearchPage | undefined = await client.fhir.search('Observation', {
    patient,
    code: `${code.system}|${code.code}`,
    _count: Math.min(max, 100),
    ...(options.since ? { date: `ge${options.since}` } : {}),
  });
  while (page) {
    found.push(...page.resources);
    if (found.length >= max) break;
    page = await page.next();
  }
  return found.slice(0, max);
}

async function loadSeries(
  client: Meridian,
  patient: string,
  used: UsedInput,
  options: LoadTrendsOptions,
  spo2Scale2: boolean,
): Promise<TrendSeries | undefined> {
  const [type, id] = used.source.split('/') as [string, string];
  const source = (await client.fhir.read(type, id)) as Record<string, unknown>;
  const site = locateValue(source, used.value);
  const code = site?.kind === 'component' ? site.code : primaryCode(source);
  if (!site || !code) return undefined;
  const unit = valueAt(source, site)?.unit;
  const points = (await searchAll(client, patient, code, options)).flatMap((resource): TrendPoint[] => {
    const observation = resource as Record<string, unknown>;
    const time = effectiveTime(observation);
    const quantity = valueAt(observation, site);
    if (!time || !quantity || quantity.unit !== unit) return [];
    return [{ time, value: quantity.value, observation: `Observation/${String(resource.id)}` }];
  });
  points.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const input = used.inputs.find((name) => REFERENCE_ZONES[name]) ?? used.inputs[0]!;
  const published = REFERENCE_ZONES[input];
  // SpO2 Scale 2 zones depend on whether the patient is on oxygen at each reading: not drawn.
  const zones =
    published && input === 'oxygenSaturation' && spo2Scale2 ? { ...published, news2: undefined } : published;
  return {
    input,
    label: code.display ?? input,
    code: `${code.system}|${code.code}`,
    unit,
    points,
    zones: zones && zones.unit === unit ? zones : undefined,
    calculators: used.calculators,
  };
}

/**
 * For every numeric input the scores took from an Observation, reads that
 * Observation to learn its code, then searches the patient's Observations with
 * that code (`client.fhir.search('Observation', { patient, code })`) to give
 * the input's history, with the thresholds to draw behind it.
 *
 * @example
 * ```ts
 * const { results } = await client.risk.assess({ patient: 'Patient/123' });
 * const series = await loadTrends(client, 'Patient/123', results);
 * series[0]; // { input: 'respiratoryRate', label: 'Respiratory rate', points: [...], zones: {...} }
 * ```
 */
export async function loadTrends(
  client: Meridian,
  patient: string,
  results: readonly RiskResult[],
  options: LoadTrendsOptions = {},
): Promise<TrendSeries[]> {
  const spo2Scale2 = results.some((r) => r.calculatorId === 'news2' && /scale 2/i.test(r.variant ?? ''));
  const series = await Promise.all(
    usedObservations(results).map((used) => loadSeries(client, patient, used, options, spo2Scale2)),
  );
  return series.filter((s): s is TrendSeries => s !== undefined && s.points.length > 0);
}
