/**
 * Before scoring: ask the configured terminology server about the codes of a
 * record that no loaded value set holds, within a time budget, and attach the
 * confirmed memberships to the context. The calculators stay pure; they read
 * the answers from the context.
 *
 * @module
 */
import type { ClinicalConcept, MembershipQuestion, PatientContext, RemoteTerminology } from '@meridian/fhir-adapter';
import { RISK_CALCULATORS } from '../../engines/risk/registry.js';
import type { CalculatorId } from '../../engines/risk/types.js';

/** Most questions one assessment may ask. */
export const MAX_REMOTE_QUESTIONS = 400;

/** The concepts the given calculators read from conditions and medications. */
function conceptsOf(calculators: readonly CalculatorId[]): {
  conditions: ClinicalConcept[];
  medications: ClinicalConcept[];
} {
  const conditions = new Set<ClinicalConcept>();
  const medications = new Set<ClinicalConcept>();
  for (const id of calculators) {
    for (const input of RISK_CALCULATORS[id].inputs) {
      for (const source of input.sources) {
        if (source.from === 'condition') conditions.add(source.concept);
        if (source.from === 'medication') medications.add(source.medication.concept);
      }
    }
  }
  return { conditions: [...conditions], medications: [...medications] };
}

/**
 * The membership questions for a context: each coding of a condition or
 * medication that a concept neither holds nor excludes, against each
 * published (VSAC) set of that concept. Curated sets are Meridian's own and
 * are not asked about.
 *
 * @example
 * remoteQuestions(context, ['cha2ds2-vasc']).length;
 */
export function remoteQuestions(context: PatientContext, calculators: readonly CalculatorId[]): MembershipQuestion[] {
  const { conditions, medications } = conceptsOf(calculators);
  const questions = new Map<string, MembershipQuestion>();
  const ask = (entries: PatientContext['conditions'] | PatientContext['medications'], concepts: ClinicalConcept[]) => {
    for (const entry of entries) {
      for (const concept of concepts) {
        if (concept.match(entry.codes) || concept.excludedBy(entry.codes)) continue;
        for (const coding of entry.codes) {
          if (!coding.system || !coding.code) continue;
          for (const ref of concept.searched) {
            if (!ref.oid) continue;
            const key = `${ref.url}|${coding.system}|${coding.code}`;
            if (!questions.has(key) && questions.size < MAX_REMOTE_QUESTIONS)
              questions.set(key, { valueSetUrl: ref.url, system: coding.system, code: coding.code });
          }
        }
      }
    }
  };
  ask(context.conditions, conditions);
  ask(context.medications, medications);
  return [...questions.values()];
}

/**
 * The context with the memberships the terminology server confirmed
 * (unchanged when nothing needed asking).
 *
 * @example
 * const resolved = await withRemoteMemberships(context, ['has-bled'], remote);
 */
export async function withRemoteMemberships(
  context: PatientContext,
  calculators: readonly CalculatorId[],
  remote: RemoteTerminology,
): Promise<PatientContext> {
  const questions = remoteQuestions(context, calculators);
  if (questions.length === 0) return context;
  const { memberships } = await remote.resolve(questions);
  return { ...context, terminology: { memberships } };
}
