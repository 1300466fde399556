/**
 * The case summary a clinician would write: who, the abnormal findings with
 * their values, the known conditions, where the acute scores stand, and what
 * is not recorded. No counts of records. Each finding is also returned with
 * the resource it rests on, so the summary is cited like every other claim.
 *
 * @module
 */
import type { MeasureKey, Measurement, PatientContext } from '@meridian/fhir-adapter';
import { formatQuantity, type AnalysisCitation } from '@meridian/sdk';
import { ATRIAL_FIBRILLATION, type RiskResult } from '../risk/index.js';
import { scoreNews2Pulse, scoreNews2RespiratoryRate, scoreNews2Temperature } from '../risk/news2/news2-thresholds.js';
import type { ScoreStanding } from './score-standing.js';

/** One finding of the summary and what it rests on. */
export interface SummaryFinding {
  text: string;
  citations: AnalysisCitation[];
}

/** A written summary and its cited findings. */
export interface CaseSummary {
  text: string;
  findings: SummaryFinding[];
}

const fresh = (context: PatientContext, key: MeasureKey): Measurement | undefined => {
  const m = context.measurements[key];
  return m && !m.stale ? m : undefined;
};
const cite = (...ms: Measurement[]): AnalysisCitation[] =>
  ms.map((m) => ({ kind: 'patient-fact' as const, reference: m.source }));

/**
 * Adult reference intervals (Pathology Harmony, UK, in the adapter's units)
 * for the laboratory values a summary names when outside them.
 */
const LAB_INTERVALS: ReadonlyArray<{ key: MeasureKey; name: string; low?: number; high?: number }> = [
  { key: 'lactate', name: 'lactate', high: 2 },
  { key: 'potassium', name: 'potassium', low: 3.5, high: 5.3 },
  { key: 'sodium', name: 'sodium', low: 133, high: 146 },
  { key: 'urea', name: 'urea', low: 2.5, high: 7.8 },
  { key: 'creatinine', name: 'creatinine', high: 120 },
  { key: 'glucose', name: 'glucose', low: 3.9, high: 11 },
  { key: 'whiteBloodCells', name: 'WCC', low: 4, high: 11 },
  { key: 'hemoglobin', name: 'Hb', low: 11.5 },
  { key: 'platelets', name: 'platelets', low: 150, high: 450 },
  { key: 'inr', name: 'INR', high: 1.5 },
];

function vitalFindings(context: PatientContext): SummaryFinding[] {
  const out: SummaryFinding[] = [];
  const t = fresh(context, 'temperature');
  if (t && scoreNews2Temperature(t.value) > 0)
    out.push({ text: `${t.value > 38 ? 'fever' : 'temperature'} ${formatQuantity(t.value, 'Cel')}`, citations: cite(t) });
  const hr = fresh(context, 'heartRate');
  if (hr && scoreNews2Pulse(hr.value) > 0) out.push({ text: `HR ${hr.value}`, citations: cite(hr) });
  const rr = fresh(context, 'respiratoryRate');
  if (rr && scoreNews2RespiratoryRate(rr.value) > 0) out.push({ text: `RR ${rr.value}`, citations: cite(rr) });
  const sbp = fresh(context, 'systolicBp');
  const dbp = fresh(context, 'diastolicBp');
  if (sbp && (sbp.value <= 110 || sbp.value >= 180 || (dbp !== undefined && dbp.value <= 60)))
    out.push(
      dbp
        ? { text: `BP ${sbp.value}/${dbp.value}`, citations: cite(sbp, dbp) }
        : { text: `SBP ${sbp.value}`, citations: cite(sbp) },
    );
  const spo2 = fresh(context, 'oxygenSaturation');
  if (spo2 && spo2.value <= 95) out.push({ text: `SpO2 ${spo2.value}%`, citations: cite(spo2) });
  return out;
}

function labFindings(context: PatientContext): SummaryFinding[] {
  return LAB_INTERVALS.flatMap(({ key, name, low, high }) => {
    const m = fresh(context, key);
    if (!m || !((low !== undefined && m.value < low) || (high !== undefined && m.value > high))) return [];
    return [{ text: `${name} ${formatQuantity(m.value, m.unit)}`, citations: cite(m) }];
  });
}

function who(context: PatientContext): string {
  const { ageYears, sex } = context.patient;
  const adult = ageYears === undefined || ageYears >= 18;
  const noun = sex === 'female' ? (adult ? 'woman' : 'girl') : sex === 'male' ? (adult ? 'man' : 'boy') : 'patient';
  return ageYears === undefined
    ? `${noun[0]!.toUpperCase()}${noun.slice(1)} of unknown age`
    : `${ageYears}-year-old ${noun}`;
}

const ACTIVE = new Set(['active', 'recurrence', 'relapse']);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? `${s[0]!.toLowerCase()}${s.slice(1)}` : s);

function knownConditions(context: PatientContext): SummaryFinding[] {
  const active = context.conditions.filter((c) => c.clinicalStatus === undefined || ACTIVE.has(c.clinicalStatus));
  const named = active
    .map((c) => ({ name: c.text ?? c.codes.find((x) => x.display)?.display, source: c.source }))
    .filter((c): c is { name: string; source: string } => Boolean(c.name));
  return named.slice(0, 4).map((c) => ({
    text: lowerFirst(c.name),
    citations: [{ kind: 'patient-fact' as const, reference: c.source }],
  }));
}

const BAND_WORDS: Readonly<Record<string, string>> = {
  'rcp-news2:high': 'high',
  'rcp-news2:medium': 'medium',
  'rcp-news2:low-medium': 'low–medium',
  'rcp-news2:low': 'low',
  'rcp-news2:low-zero': 'low',
  'curb-65:high': 'high severity',
  'curb-65:moderate': 'moderate severity',
  'crb-65:high': 'high risk',
  'two-tier:pe-likely': 'PE likely',
};

/** Stroke and bleeding scores are named only for a patient with atrial fibrillation, whom they are about. */
const hasAtrialFibrillation = (context: PatientContext) =>
  context.conditions.some((c) => ATRIAL_FIBRILLATION.match(c.codes) !== undefined);

function scorePhrases(
  context: PatientContext,
  standings: readonly ScoreStanding[],
  risk: readonly RiskResult[],
): SummaryFinding[] {
  const out: SummaryFinding[] = [];
  const seen = new Set<string>();
  for (const s of standings) {
    if (s.total === null || seen.has(s.result.calculatorId)) continue;
    if (s.response.scheme === 'two-tier' && s.level === 'routine') continue;
    seen.add(s.result.calculatorId);
    const band = BAND_WORDS[`${s.response.scheme}:${s.certainBand.id}`];
    out.push({
      text: `${s.response.name} ${s.total}${band ? ` (${band})` : ''}`,
      citations: s.sources.map((reference) => ({ kind: 'patient-fact' as const, reference })),
    });
  }
  for (const r of hasAtrialFibrillation(context) ? risk : []) {
    if (seen.has(r.calculatorId) || r.status === 'not-applicable' || r.totalRange === null) continue;
    if (
      !['cha2ds2-vasc', 'has-bled'].includes(r.calculatorId) ||
      (r.status !== 'complete' && !r.interpretations[0]?.band)
    )
      continue;
    const name = r.calculatorId === 'cha2ds2-vasc' ? 'CHA2DS2-VASc' : 'HAS-BLED';
    out.push({ text: `${name} ${r.status === 'complete' ? r.total : `at least ${r.totalRange.min}`}`, citations: [] });
  }
  return out;
}

const MISSING_WORDS: Readonly<Record<string, string>> = {
  consciousness: 'consciousness',
  alteredMentation: 'consciousness',
  confusion: 'consciousness',
  supplementalOxygen: 'oxygen',
  oxygenSaturation: 'SpO2',
  respiratoryRate: 'respiratory rate',
  systolicBp: 'blood pressure',
  heartRate: 'pulse',
  temperature: 'temperature',
  urea: 'urea',
};

function notRecorded(standings: readonly ScoreStanding[]): string | undefined {
  const words = [
    ...new Set(
      standings
        .filter((s) => ['rcp-news2', 'sepsis-3'].includes(s.response.scheme))
        .flatMap((s) => s.notRecordedNames.map((n) => MISSING_WORDS[n]).filter((w): w is string => Boolean(w))),
    ),
  ];
  if (!words.length) return undefined;
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
  return `${list[0]!.toUpperCase()}${list.slice(1)} not recorded.`;
}

/**
 * Writes the summary: `78-year-old woman with fever 38.6 °C, HR 118, RR 24,
 * BP 98/58, SpO2 93%, urea 9.1 mmol/L; known pneumonia: NEWS2 at least 9
 * (high), qSOFA at least 2, CURB-65 at least 3 (high severity). Consciousness
 * and oxygen not recorded.` Only current (not stale) values are named.
 *
 * @example
 * ```ts
 * summariseCase(context, risk, scoreStandings(risk, context)).text;
 * ```
 */
export function summariseCase(
  context: PatientContext,
  risk: readonly RiskResult[],
  standings: readonly ScoreStanding[],
): CaseSummary {
  const findings = [...vitalFindings(context), ...labFindings(context)];
  const conditions = knownConditions(context);
  const scores = scorePhrases(context, standings, risk);
  const anyVital = (['heartRate', 'respiratoryRate', 'systolicBp', 'oxygenSaturation', 'temperature'] as const).some(
    (k) => fresh(context, k),
  );
  const list = (items: readonly SummaryFinding[]) => items.map((f) => f.text).join(', ');
  const quiet = anyVital ? 'observations within normal limits' : 'no current observations';
  const described = findings.length
    ? ` with ${list(findings)}${conditions.length ? `; known ${list(conditions)}` : ''}`
    : conditions.length
      ? ` with ${list(conditions)}; ${quiet}`
      : ` with ${quiet}`;
  const scored = scores.length ? `: ${list(scores)}.` : '.';
  const missing = anyVital ? notRecorded(standings) : 'No current vital signs recorded.';
  return {
    text: `${who(context)}${described}${scored}${missing ? ` ${missing}` : ''}`,
    findings: [...findings, ...conditions, ...scores.filter((s) => s.citations.length)],
  };
}
