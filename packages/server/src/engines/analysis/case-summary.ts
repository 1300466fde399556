/**
 * The case summary a clinician would write: who, the abnormal findings with
 * their values, the known conditions, where the acute scores stand, and what
 * is not recorded. No counts of records. Each finding is also returned with
 * the resource it rests on, so the summary is cited like every other claim.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { ATRIAL_FIBRILLATION, type RiskResult } from '../risk/index.js';
import { fresh, knownConditions, labFindings, vitalFindings, who, type SummaryFinding } from './summary-findings.js';
import type { ScoreStanding } from './score-standing.js';

export type { SummaryFinding } from './summary-findings.js';

/** A written summary and its cited findings. */
export interface CaseSummary {
  text: string;
  findings: SummaryFinding[];
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
