import type { PatientContext } from '@meridian/fhir-adapter';
import type { RedFlag } from '@meridian/sdk';
import type { RiskResult } from '../risk/index.js';
import { escalationFloor, type EscalationFloor } from './escalation.js';
import { scoreRedFlags } from './score-red-flags.js';
import { scoreStandings, type ScoreStanding } from './score-standing.js';
import { valueRedFlags } from './value-red-flags.js';
import { withAnsweredValues } from './answered-values.js';

/** What every answer about a patient must show, whichever engine drafts it. */
export interface ClinicalFloor {
  /** The lowest escalation allowed, with its reasons. */
  escalation: EscalationFloor;
  /** The red flags of the record's values and of the scores, most urgent first. */
  redFlags: RedFlag[];
  /** Where each acute score certainly stands. */
  standings: ScoreStanding[];
}

/**
 * The clinical floor of a patient: red flags from the record's values and
 * the clinician's answered vital signs (the hard physiological limits,
 * NEWS2 red scores, critical laboratory values)
 * and from the scores (NEWS2 at its thresholds, qSOFA naming possible
 * sepsis, CURB-65, Wells PE), and the escalation they demand by each score's
 * certain band. Pure.
 *
 * @example
 * ```ts
 * const floor = clinicalFloor(context, runCalculators(context));
 * floor.escalation.level; // 'emergency'
 * ```
 */
export function clinicalFloor(context: PatientContext, risk: readonly RiskResult[]): ClinicalFloor {
  const standings = scoreStandings(risk, context);
  const values = valueRedFlags(withAnsweredValues(context, risk));
  const scores = scoreRedFlags(standings, context.patient.reference, values.length > 0);
  const redFlags = [...values, ...scores].sort((a, b) =>
    a.urgency === b.urgency ? 0 : a.urgency === 'emergency' ? -1 : b.urgency === 'emergency' ? 1 : 0,
  );
  return { escalation: escalationFloor(standings, values), redFlags, standings };
}

/**
 * The analysis without the floor: the values' red flags and the escalation
 * they alone give, no score standings. Used only by the benchmark that
 * measures what the floor costs; never by a door.
 *
 * @example
 * ```ts
 * const bypassed = withoutFloor(context);
 * ```
 */
export function withoutFloor(context: PatientContext): ClinicalFloor {
  const redFlags = valueRedFlags(context);
  return { escalation: escalationFloor([], redFlags), redFlags, standings: [] };
}
