/**
 * HL7 v2 DTM/TS/DT/TM -> FHIR date, dateTime, instant and time. FHIR needs a
 * time zone whenever a time is given: a value without one is read in the
 * mapping's default offset (UTC unless configured).
 *
 * @module
 */

const DTM = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,4}))?([+-]\d{4})?$/;

interface DtmParts {
  year: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  second?: string;
  fraction?: string;
  offset?: string;
}

function parseDtm(value: string): DtmParts | undefined {
  const m = DTM.exec(value.trim());
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction, offset] = m;
  const parts: DtmParts = { year: year! };
  if (month !== undefined) parts.month = month;
  if (day !== undefined) parts.day = day;
  if (hour !== undefined) parts.hour = hour;
  if (minute !== undefined) parts.minute = minute;
  if (second !== undefined) parts.second = second;
  if (fraction !== undefined) parts.fraction = fraction;
  if (offset !== undefined) parts.offset = offset;
  const valid =
    Number(parts.month ?? 1) >= 1 &&
    Number(parts.month ?? 1) <= 12 &&
    Number(parts.day ?? 1) >= 1 &&
    Number(parts.day ?? 1) <= daysIn(Number(year), Number(parts.month ?? 1)) &&
    Number(parts.hour ?? 0) <= 23 &&
    Number(parts.minute ?? 0) <= 59 &&
    Number(parts.second ?? 0) <= 59 &&
    (offset === undefined || (Number(offset.slice(1, 3)) <= 14 && Number(offset.slice(3)) <= 59));
  return valid && Number(year) >= 1800 ? parts : undefined;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const fhirOffset = (hl7Offset: string) =>
  hl7Offset === '+0000' || hl7Offset === '-0000' ? 'Z' : `${hl7Offset.slice(0, 3)}:${hl7Offset.slice(3)}`;

/**
 * A FHIR `date` (YYYY, YYYY-MM or YYYY-MM-DD) from an HL7 date or date/time;
 * `undefined` when the value is not a valid date.
 *
 * @example
 * ```ts
 * toFhirDate('19610615'); // '1961-06-15'
 * toFhirDate('196203520'); // undefined
 * ```
 */
export function toFhirDate(value: string): string | undefined {
  const p = parseDtm(value);
  if (!p) return undefined;
  return [p.year, p.month, p.day].filter((x) => x !== undefined).join('-');
}

/**
 * A FHIR `dateTime` from an HL7 DTM. A time without an offset is read in
 * `defaultOffset` (`Z` or `±hh:mm`); minutes and seconds are filled with zero.
 *
 * @example
 * ```ts
 * toFhirDateTime('200202150930'); // '2002-02-15T09:30:00Z'
 * toFhirDateTime('20141006064500+0700'); // '2014-10-06T06:45:00+07:00'
 * toFhirDateTime('2014'); // '2014'
 * ```
 */
export function toFhirDateTime(value: string, defaultOffset = 'Z'): string | undefined {
  const p = parseDtm(value);
  if (!p) return undefined;
  if (p.hour === undefined || p.day === undefined) return toFhirDate(value);
  const fraction = p.fraction === undefined ? '' : `.${p.fraction}`;
  const offset = p.offset === undefined ? defaultOffset : fhirOffset(p.offset);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute ?? '00'}:${p.second ?? '00'}${fraction}${offset}`;
}

/**
 * A FHIR `instant` (needs a full time): `undefined` for a date alone.
 *
 * @example
 * ```ts
 * toFhirInstant('20141006092900+0700'); // '2014-10-06T09:29:00+07:00'
 * toFhirInstant('20141006'); // undefined
 * ```
 */
export function toFhirInstant(value: string, defaultOffset = 'Z'): string | undefined {
  const p = parseDtm(value);
  if (!p || p.hour === undefined || p.day === undefined) return undefined;
  return toFhirDateTime(value, defaultOffset);
}

/**
 * A FHIR `time` (hh:mm:ss) from an HL7 TM (HH[MM[SS]]).
 *
 * @example
 * ```ts
 * toFhirTime('0930'); // '09:30:00'
 * ```
 */
export function toFhirTime(value: string): string | undefined {
  const m = /^(\d{2})(\d{2})?(\d{2})?(?:\.\d{1,4})?([+-]\d{4})?$/.exec(value.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2] ?? 0) > 59 || Number(m[3] ?? 0) > 59) return undefined;
  return `${m[1]}:${m[2] ?? '00'}:${m[3] ?? '00'}`;
}
