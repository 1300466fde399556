import { OutcomeError } from '../errors/outcome-error.js';

/** A FHIR date search prefix Meridian supports. */
export type DatePrefix = 'eq' | 'ge' | 'le' | 'gt' | 'lt';

/** A SQL condition on a timestamp column: `column op value`. */
export interface DateBound {
  op: '>=' | '<';
  value: string;
}

const DATE_RE =
  /^(eq|ge|le|gt|lt)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * The half-open interval [start, end) a FHIR date value denotes at its
 * precision (`2026` is the whole year). Values without a zone are read as UTC.
 */
export function dateInterval(text: string): { prefix: DatePrefix; start: Date; end: Date } {
  const m = DATE_RE.exec(text);
  if (!m)
    throw new OutcomeError(
      'invalid-search-parameter',
      `not a FHIR date: use YYYY[-MM[-DD[Thh:mm[:ss][zone]]]] with an optional prefix eq|ge|le|gt|lt`,
    );
  const [, prefix = 'eq', y, mo, d, h, mi, s, frac, zone] = m;
  const iso = `${y}-${mo ?? '01'}-${d ?? '01'}T${h ?? '00'}:${mi ?? '00'}:${s ?? '00'}${frac ?? ''}${zone ?? 'Z'}`;
  const start = new Date(iso);
  // FHIR has no year 0000 (http://hl7.org/fhir/R4/datatypes.html#date).
  if (Number.isNaN(start.getTime()) || y === '0000' || (mo && +mo > 12) || (d && start.getUTCDate() !== +d && !zone)) {
    throw new OutcomeError('invalid-search-parameter', `not a valid calendar date`);
  }
  const end = new Date(start);
  if (!mo) end.setUTCFullYear(end.getUTCFullYear() + 1);
  else if (!d) end.setUTCMonth(end.getUTCMonth() + 1);
  else if (!h) end.setUTCDate(end.getUTCDate() + 1);
  else if (!s) end.setUTCMinutes(end.getUTCMinutes() + 1);
  else end.setTime(end.getTime() + (frac ? 1 : 1000));
  return { prefix: prefix as DatePrefix, start, end };
}

/**
 * SQL bounds for one FHIR date search value, e.g. `ge2026-01-01` gives
 * `>= 2026-01-01T00:00:00Z`; `eq2026-01` gives the whole month.
 *
 * @example
 * ```ts
 * dateBounds('le2026-01-31'); // [{ op: '<', value: '2026-02-01T00:00:00.000Z' }]
 * ```
 */
export function dateBounds(text: string): DateBound[] {
  const { prefix, start, end } = dateInterval(text);
  // Past year 9999 (`le9999`, or a zone pushing 9999-12-31 into 10000) or before year 1, ISO strings
  // take a sign Postgres does not read: the bound is then Postgres's own infinity.
  const at = (d: Date) =>
    d.getUTCFullYear() > 9999 ? 'infinity' : d.getUTCFullYear() < 1 ? '-infinity' : d.toISOString();
  switch (prefix) {
    case 'eq':
      return [
        { op: '>=', value: at(start) },
        { op: '<', value: at(end) },
      ];
    case 'ge':
      return [{ op: '>=', value: at(start) }];
    case 'gt':
      return [{ op: '>=', value: at(end) }];
    case 'le':
      return [{ op: '<', value: at(end) }];
    case 'lt':
      return [{ op: '<', value: at(start) }];
  }
}
