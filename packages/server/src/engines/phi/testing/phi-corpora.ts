/**
 * The vendored public PHI sets as one shape, for the benchmark and the
 * held-out tests: records with gold spans mapped to the scrubber's kinds
 * (`kind: null` for annotations that are not Safe Harbor identifiers, which
 * neither count for recall nor against precision) and the split.
 *
 * The split was made once, when the sets were vendored, and is not redrawn:
 * a record is held out when `id % 5 === 4` (ids are line numbers from 0), a
 * fixed rule in place of a seeded shuffle. The rules are tuned on the other
 * four fifths only; redrawing the split now would move records the rules
 * were tuned on into the held-out part.
 *
 * @module
 */
import { readFixture, readFixtureText } from '@meridian/fixtures';
import { COUNTRY_NAMES } from '../lexicons/name-lexicon.js';
import type { PhiType } from '../phi-types.js';

/** One annotation: its source label and the scrubber's kind (or `null` when it is not Safe Harbor PHI). */
export interface GoldSpan {
  type: string;
  kind: PhiType | null;
  start: number;
  end: number;
  value: string;
}

/** One record of a set. */
export interface PhiRecord {
  id: number;
  text: string;
  gold: GoldSpan[];
  split: 'tune' | 'held-out';
}

const splitOf = (id: number): PhiRecord['split'] => (id % 5 === 4 ? 'held-out' : 'tune');

const CLINICAL_KIND: Record<string, PhiType> = {
  NAME: 'NAME',
  DATE: 'DATE',
  GEOGRAPHIC_LOCATION: 'LOCATION',
  MEDICAL_RECORD_NUMBER: 'MRN',
  HEALTH_PLAN_BENEFICIARY_NUMBER: 'HEALTH_PLAN',
  PHONE_NUMBER: 'PHONE',
  SOCIAL_SECURITY_NUMBER: 'SSN',
  EMAIL_ADDRESS: 'EMAIL',
  UNIQUE_IDENTIFIER: 'ID',
  ACCOUNT_NUMBER: 'ACCOUNT',
  FAX_NUMBER: 'FAX',
  CERTIFICATE_LICENSE_NUMBER: 'LICENSE',
  IP_ADDRESS: 'IP',
};

/** Synthetic clinical queries (MIT): 1,051 records, 219 with no PHI at all. */
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
        .map((p) => ({
          type: p.type,
          kind: CLINICAL_KIND[p.type] ?? 'ID',
          start: p.start!,
          end: p.end!,
          value: p.value,
        }));
      return { id: r.id, text: r.text, gold, split: splitOf(r.id) };
    });
}

const PRESIDIO_KIND: Record<string, PhiType> = {
  PERSON: 'NAME',
  STREET_ADDRESS: 'ADDRESS',
  GPE: 'LOCATION',
  CREDIT_CARD: 'ACCOUNT',
  DATE_TIME: 'DATE',
  PHONE_NUMBER: 'PHONE',
  AGE: 'AGE',
  EMAIL_ADDRESS: 'EMAIL',
  ZIP_CODE: 'ZIP',
  DOMAIN_NAME: 'URL',
  IBAN_CODE: 'ACCOUNT',
  US_SSN: 'SSN',
  IP_ADDRESS: 'IP',
  US_DRIVER_LICENSE: 'LICENSE',
};

/** Whether a Presidio annotation is Safe Harbor PHI: not organisations, titles, nationalities, countries, ages under 90 or years alone. */
function presidioIsPhi(type: string, value: string): boolean {
  const v = value.trim();
  if (!(type in PRESIDIO_KIND)) return false;
  if (type === 'GPE' && COUNTRY_NAMES.has(v.toLowerCase())) return false;
  if (type === 'AGE' && Number(v) < 90) return false;
  return !(type === 'DATE_TIME' && /^\d{4}$/.test(v));
}

/** Presidio research synthetic set v2 (MIT): 1,500 template sentences, international and non-clinical. */
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
    split: splitOf(id),
    gold: r.spans.map((s) => ({
      type: s.entity_type,
      kind: presidioIsPhi(s.entity_type, s.entity_value) ? PRESIDIO_KIND[s.entity_type]! : null,
      start: s.start_position,
      end: s.end_position,
      value: s.entity_value,
    })),
  }));
}

/**
 * PHI-free clinical sentences from another public source, never used in
 * tuning: the sentences of the ten oncology snippets of slm-ft-serving (MIT,
 * `fixtures/extraction`), each a record with no annotation.
 */
export function oncologySentences(): PhiRecord[] {
  return readFixtureText('extraction/slm-ft-serving-oncology/examples.jsonl')
    .trim()
    .split('\n')
    .flatMap((line) => (JSON.parse(line) as { text: string }).text.split(/(?<=[.!?])\s+/u))
    .filter((text) => text.trim().length > 0)
    .map((text, id) => ({ id, text, gold: [], split: 'held-out' as const }));
}
