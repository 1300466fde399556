import type { UrgencyLevel } from '@meridian/sdk';
import type { CaseAnalysisDraft } from './analysis-draft.js';
import type { ClinicalFloor } from './clinical-floor.js';
import { lessUrgent } from './escalation.js';

/** A draft held to the floor, and what holding it changed. */
export interface FlooredDraft {
  draft: CaseAnalysisDraft;
  /** The level the draft (a model's, or the rules') gave. */
  draftedLevel: UrgencyLevel;
  /** True when the draft's escalation was below the floor and was raised to it. */
  applied: boolean;
  /** Red flags of the floor the draft lacked, added to it. */
  addedRedFlags: number;
}

const key = (finding: string) => finding.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Holds a drafted analysis to the clinical floor: an escalation below the
 * floor is replaced by the floor's (level and advice, with its reasons); a
 * higher one stands, since a model may raise the escalation but never lower
 * it. The floor's red flags that the draft lacks are added. Pure.
 *
 * @example
 * ```ts
 * const { draft, applied } = applyEscalationFloor(modelDraft, clinicalFloor(context, risk));
 * ```
 */
export function applyEscalationFloor(draft: CaseAnalysisDraft, floor: ClinicalFloor): FlooredDraft {
  const draftedLevel = draft.escalation.level;
  const applied = lessUrgent(draftedLevel, floor.escalation.level);
  const present = new Set(draft.redFlags.map((f) => key(f.finding)));
  const missing = floor.redFlags.filter((f) => !present.has(key(f.finding)));
  const escalation = applied ? { level: floor.escalation.level, advice: floor.escalation.advice } : draft.escalation;
  return {
    draft: { ...draft, escalation, redFlags: [...draft.redFlags, ...missing].slice(0, 20) },
    draftedLevel,
    applied,
    addedRedFlags: missing.length,
  };
}
