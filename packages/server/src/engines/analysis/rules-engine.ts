import type { PatientContext } from '@meridian/fhir-adapter';
import type { RiskResult } from '../risk/index.js';
import type { CaseAnalysisDraft } from './analysis-draft.js';
import { DIFFERENTIAL_RULES } from './differential-rules.js';
import { escalationFrom } from './escalation.js';
import { redFlagsFromValues } from './red-flag-rules.js';

function summarise(context: PatientContext, flags: number, differentials: number): string {
  const p = context.patient;
  const who = [p.ageYears !== undefined ? `${p.ageYears}-year-old` : 'Age unknown', p.sex ?? 'patient'].join(' ');
  const values = Object.values(context.measurements).filter((m) => m && !m.stale).length;
  const stale = Object.values(context.measurements).filter((m) => m?.stale).length;
  return [
    `${who}: ${context.conditions.length} recorded condition(s), ${context.medications.length} medication record(s), ${context.allergies.length} allergy record(s).`,
    `${values} current measurement(s)${stale ? ` and ${stale} stale one(s) not used for acute findings` : ''}.`,
    `Rules engine: ${flags} red flag(s) and ${differentials} differential(s) supported by curated rules.`,
  ].join(' ');
}

/**
 * The deterministic analysis, with no language model: red flags from vital
 * signs and laboratory values, differentials only where a curated rule
 * supports them (each citing its values), and the escalation by NEWS2 and
 * qSOFA thresholds. Pure: no I/O.
 *
 * @example
 * ```ts
 * const draft = analyseWithRules(context, runCalculators(context));
 * draft.escalation.level; // 'emergency'
 * ```
 */
export function analyseWithRules(context: PatientContext, risk: readonly RiskResult[]): CaseAnalysisDraft {
  const redFlags = redFlagsFromValues(context);
  const differentials = DIFFERENTIAL_RULES.map((rule) => rule({ context, risk })).filter((d) => d !== null);
  const { level, advice } = escalationFrom(risk, redFlags);
  return {
    caseSummary: summarise(context, redFlags.length, differentials.length),
    differentials,
    redFlags,
    escalation: { level, advice },
  };
}
