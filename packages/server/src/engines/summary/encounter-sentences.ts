import type { CodingRef } from '@meridian/fhir-adapter';
import { conceptName, dayOf, type DatedSentence } from './summary-sentence.js';

/** The parts of an Encounter a summary reads. */
interface EncounterLike {
  resourceType: string;
  id?: string;
  status?: string;
  class?: CodingRef;
  type?: Array<{ text?: string; coding?: CodingRef[] }>;
  period?: { start?: string; end?: string };
}

const startOf = (e: EncounterLike) => e.period?.start ?? e.period?.end ?? '';

/**
 * The `limit` most recent encounters of a record (by period start), one
 * sentence each: date, type and class, citing the Encounter.
 *
 * @example
 * ```ts
 * encounterSentences(resources, 10)[0].text; // 'Encounter on 2024-05-01: General examination of patient (ambulatory, finished).'
 * ```
 */
export function encounterSentences(
  resources: readonly { resourceType: string; id?: string | undefined }[],
  limit: number,
): DatedSentence[] {
  const encounters = (resources as EncounterLike[]).filter(
    (r) => r.resourceType === 'Encounter' && r.id && r.status !== 'entered-in-error' && r.status !== 'cancelled',
  );
  encounters.sort((a, b) => startOf(b).localeCompare(startOf(a)) || (a.id ?? '').localeCompare(b.id ?? ''));
  return encounters.slice(0, limit).map((e) => {
    const type = e.type?.[0] ? conceptName({ text: e.type[0].text, codes: e.type[0].coding ?? [] }) : 'encounter';
    const details = [e.class?.display ?? e.class?.code, e.status].filter(Boolean).join(', ');
    const day = dayOf(startOf(e) || undefined);
    return {
      section: 'encounters',
      text: `Encounter${day ? ` on ${day}` : ''}: ${type}${details ? ` (${details})` : ''}.`,
      sources: [`Encounter/${e.id}`],
      engine: 'rules',
      date: startOf(e) || undefined,
    };
  });
}
