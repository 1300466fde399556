/**
 * The two vendored PHI sets as one shape: records with gold spans mapped to
 * the scrubber's kinds (or `null` for annotations that are not Safe Harbor
 * identifiers, which neither count for recall nor against precision), and a
 * held-out flag (every 5th record, never looked at while tuning the rules).
 */
import { readFixture, readFixtureText } from '../../fixtures/locate.js';
import { COUNTRY_NAMES } from '../../packages/server/src/engines/phi/lexicons/name-lexicon.js';

export interface GoldSpan {
  type: string;
  start: number;
  end: number;
  value: string;
  phi: boolean;
}
export interface PhiRecord {
  id: number;
  text: string;
  gold: GoldSpan[];
  heldOut: boolean;
}

/** Synthetic clinical queries (219 with no PHI at all). */
export function clinicalQueries(): PhiRecord[] {
  return readFixtureText('phi/synthetic-clinical-queries/queries.jsonl')
    .trim()
    .split('\n')
    .map((line) => {
      const r = JSON.parse(line) as {
        id: number;
        text: string;
        phi: Array<{ type: string; value: string; start: number | null; end: number | null }>;
      };
      const gold = r.phi
        .filter((p) => p.start !== null)
        .map((p) => ({ type: p.type, start: p.start!, end: p.end!, value: p.value, phi: true }));
      return { id: r.id, text: r.text, gold, heldOut: r.id % 5 === 4 };
    });
}

const NOT_PHI = new Set(['ORGANIZATION', 'TITLE', 'NRP']);

/** Presidio research synthetic set v2; organisations, titles, nationalities, countries, ages under 90 and years alone are not PHI. */
export function presidioSynthetic(): PhiRecord[] {
  const rows = readFixture<
    Array<{
      full_text: string;
      spans: Array<{ entity_type: string; entity_value: string; start_position: number; end_position: number }>;
    }>
  >('phi/presidio-research-synth-v2/synth_dataset_v2.json');
  return rows.map((r, id) => ({
    id,
    text: r.full_text,
    heldOut: id % 5 === 4,
    gold: r.spans.map((s) => ({
      type: s.entity_type,
      start: s.start_position,
      end: s.end_position,
      value: s.entity_value,
      phi:
        !NOT_PHI.has(s.entity_type) &&
        !(s.entity_type === 'GPE' && COUNTRY_NAMES.has(s.entity_value.trim().toLowerCase())) &&
        !(s.entity_type === 'AGE' && Number(s.entity_value) < 90) &&
        !(s.entity_type === 'DATE_TIME' && /^\d{4}$/.test(s.entity_value.trim())),
    })),
  }));
}
