import type { PatientContext } from '@meridian/fhir-adapter';
import { isSafeText } from '../safety/guard-text.js';
import { conceptName, dayOf, type DatedSentence } from './summary-sentence.js';

/**
 * A medication's name safe to show under the no-dosing rule: the recorded
 * name when it names no dose, else the part before the first number
 * (`Amoxicillin 250 MG Oral Capsule` → `Amoxicillin`), package quantities
 * before it dropped (`120 ACTUAT …`); the dose stays in the
 * cited resource.
 *
 * @example
 * ```ts
 * medicationName({ text: 'Amoxicillin 250 MG Oral Capsule', codes: [] }); // 'Amoxicillin'
 * ```
 */
export function medicationName(item: {
  text?: string | undefined;
  codes: PatientContext['medications'][number]['codes'];
}): string {
  const name = conceptName(item);
  if (isSafeText(`Medication on record: ${name}.`)) return name;
  // Leading package quantities (`24 HR`, `120 ACTUAT`) off, then everything from the first number on.
  const head = name
    .replace(/^(?:[\d.]+\s*[A-Z]+\s+)+/u, '')
    .split(/\s(?=\d)/u)[0]!
    .trim();
  return head && isSafeText(`Medication on record: ${head}.`) ? head : 'a medication (details in the cited record)';
}

/**
 * Sentences of the problems, medications and allergies sections: one per
 * condition (not resolved, refuted or in error), medication and allergy of
 * the context, each citing the resource it came from.
 *
 * @example
 * ```ts
 * recordSentences(context).filter((s) => s.section === 'problems').map((s) => s.text);
 * ```
 */
export function recordSentences(context: PatientContext): DatedSentence[] {
  const sentences: DatedSentence[] = [];
  for (const c of context.conditions) {
    const since = dayOf(c.onset ?? c.recorded);
    const status = c.clinicalStatus && c.clinicalStatus !== 'active' ? ` (${c.clinicalStatus})` : '';
    sentences.push({
      section: 'problems',
      text: `${conceptName(c)}${status}${since ? `, since ${since}` : ''}.`,
      sources: [c.source],
      engine: 'rules',
      date: c.onset ?? c.recorded,
    });
  }
  for (const m of context.medications) {
    const details = [m.status, m.authoredOn ? `ordered ${dayOf(m.authoredOn)}` : undefined].filter(Boolean).join(', ');
    sentences.push({
      section: 'medications',
      text: `Medication on record: ${medicationName(m)}${details ? ` (${details})` : ''}.`,
      sources: [m.source],
      engine: 'rules',
      date: m.authoredOn,
    });
  }
  for (const a of context.allergies) {
    const criticality = a.criticality ? ` (${a.criticality} criticality)` : '';
    sentences.push({
      section: 'allergies',
      text: `Allergy or intolerance: ${conceptName(a)}${criticality}.`,
      sources: [a.source],
      engine: 'rules',
    });
  }
  return sentences;
}
