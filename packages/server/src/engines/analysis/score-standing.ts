/**
 * Where each acute score certainly stands: the lowest band that any value of
 * its missing inputs allows, the escalation level that band asks for, and
 * what is not recorded that could raise the score further.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import type { RiskBand, UrgencyLevel } from '@meridian/sdk';
import type { RiskResult } from '../risk/index.js';
import { SCORE_RESPONSES, type ScoreResponse } from './score-responses.js';

/** One acute score's certain standing. */
export interface ScoreStanding {
  readonly response: ScoreResponse;
  readonly result: RiskResult;
  /** The lowest band any completion of the missing inputs allows (the band itself when complete). */
  readonly certainBand: RiskBand;
  /** The level the certain band asks for. */
  readonly level: UrgencyLevel;
  /** The level of the highest band still possible. */
  readonly highestLevel: UrgencyLevel;
  /** `9`, or `at least 9` while inputs are missing; `null` for a score without points. */
  readonly total: string | null;
  /** Labels of the criteria not recorded (each could raise the total). */
  readonly notRecorded: readonly string[];
  /** Names of the same criteria (`consciousness`, `supplementalOxygen`). */
  readonly notRecordedNames: readonly string[];
  /** The `Observation/…` (or other resources) the score's recorded inputs came from. */
  readonly sources: readonly string[];
}

const levelOf = (response: ScoreResponse, band: RiskBand): UrgencyLevel => response.levels[band.id] ?? 'routine';

function sourcesOf(result: RiskResult): string[] {
  const out = new Set<string>();
  for (const input of result.inputs) {
    if (input.status !== 'used' || !input.provenance) continue;
    if (input.provenance.kind === 'record') out.add(input.provenance.source);
    if (input.provenance.kind === 'derived') for (const s of input.provenance.sources) out.add(s);
  }
  return [...out].filter((s) => !s.startsWith('Patient/'));
}

/**
 * The standing of every acute score in `risk` (NEWS2, qSOFA, CURB-65 or
 * CRB-65, Wells PE); scores that do not apply (to this patient, or at all),
 * have no acute response, or have nothing recorded yet, are left out.
 *
 * @example
 * ```ts
 * const [news2] = scoreStandings(runCalculators(context), context);
 * news2.total; // 'at least 9'
 * news2.level; // 'emergency'
 * ```
 */
export function scoreStandings(risk: readonly RiskResult[], context: PatientContext): ScoreStanding[] {
  const out: ScoreStanding[] = [];
  for (const result of risk) {
    if (result.status === 'not-applicable' || result.criteria.every((c) => c.points === null)) continue;
    for (const interpretation of result.interpretations) {
      const response = SCORE_RESPONSES.find(
        (r) => r.calculatorId === result.calculatorId && r.scheme === interpretation.scheme,
      );
      if (!response || (response.appliesTo && !response.appliesTo(context))) continue;
      const certainBand = interpretation.bandRange.lowest;
      const complete = result.status === 'complete' && result.total !== null;
      out.push({
        response,
        result,
        certainBand,
        level: levelOf(response, certainBand),
        highestLevel: levelOf(response, interpretation.bandRange.highest),
        total: complete ? `${result.total}` : result.totalRange ? `at least ${result.totalRange.min}` : null,
        notRecorded: result.criteria.filter((c) => c.points === null).map((c) => c.label),
        notRecordedNames: result.criteria.filter((c) => c.points === null).map((c) => c.name),
        sources: sourcesOf(result),
      });
    }
  }
  return out;
}
