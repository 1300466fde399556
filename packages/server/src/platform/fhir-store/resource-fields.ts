/** What the store extracts from a resource to index it. Pure functions. */

/** A stored FHIR resource: any object with a resourceType. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** `123` and `Patient/123` both name Patient/123. */
export function patientReference(value: string): string {
  return value.startsWith('Patient/') ? value : `Patient/${value}`;
}

const PATIENT_FIELDS = ['subject', 'patient', 'beneficiary'] as const;

/** The `Patient/{id}` a resource belongs to (itself, for a Patient), if any. */
export function patientRefOf(resource: FhirResource): string | null {
  if (resource.resourceType === 'Patient') return resource.id ? `Patient/${resource.id}` : null;
  for (const field of PATIENT_FIELDS) {
    const ref = (resource[field] as { reference?: unknown } | undefined)?.reference;
    if (typeof ref === 'string' && /^Patient\/[A-Za-z0-9.-]{1,64}$/.test(ref)) return ref;
  }
  return null;
}

const TIME_FIELDS = [
  'effectiveDateTime',
  'effectiveInstant',
  'occurrenceDateTime',
  'onsetDateTime',
  'recordedDate',
  'authoredOn',
  'issued',
  'date',
  'recorded',
  'birthDate',
] as const;
const PERIOD_FIELDS = ['effectivePeriod', 'period', 'onsetPeriod', 'occurrencePeriod'] as const;

function validTime(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?/.test(value)) return null;
  const t = new Date(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
  // Outside years 1-9999 (a FHIR-invalid 0000, or a zone pushing 9999-12-31 into 10000) the ISO
  // string takes a sign Postgres refuses: such a resource is stored, but not indexed by date.
  const year = t.getUTCFullYear();
  return Number.isNaN(t.getTime()) || year < 1 || year > 9999 ? null : t.toISOString();
}

/** The clinically relevant time of a resource (searched with `date`), if it has one. */
export function effectiveTimeOf(resource: FhirResource): string | null {
  for (const field of TIME_FIELDS) {
    const t = validTime(resource[field]);
    if (t) return t;
  }
  for (const field of PERIOD_FIELDS) {
    const period = resource[field] as { start?: unknown; end?: unknown } | undefined;
    const t = validTime(period?.start) ?? validTime(period?.end);
    if (t) return t;
  }
  return null;
}
