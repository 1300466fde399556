/**
 * Options shared by every `PatientContext` builder, and their resolution.
 *
 * @module
 */
import { FhirInputError } from './errors.js';
import { FINDINGS } from './findings.js';
import { MEASURES } from './measures.js';
import type { FindingKey, MeasureKey } from './types.js';

/**
 * Options of `buildPatientContext` (and of the Bundle / prefetch / server variants).
 *
 * @example
 * ```ts
 * const options: PatientContextOptions = {
 *   referenceTime: '2024-05-01T12:00:00Z',
 *   staleAfterHours: { heartRate: 4, creatinine: 48 },
 * };
 * ```
 */
export interface PatientContextOptions {
  /** The instant the context describes (ISO 8601 or Date); default: now. Ages and staleness are computed against it; values dated after it are ignored. */
  referenceTime?: string | Date;
  /** The patient to build for. Default: the first Patient in the input (or, failing that, the subject of the first clinical resource). */
  patientId?: string;
  /** Staleness windows in hours, overriding the catalogue defaults per measure or finding. */
  staleAfterHours?: Partial<Record<MeasureKey | FindingKey, number>>;
  /** Also keep every valid value per measure, oldest first, in `PatientContext.history` (for trends). Default false. */
  keepHistory?: boolean;
}

/** Options after defaults are applied (internal). */
export interface ResolvedOptions {
  referenceMs: number;
  referenceIso: string;
  patientId: string | undefined;
  keepHistory: boolean;
  staleAfterMs(concept: MeasureKey | FindingKey): number;
}

/**
 * Values dated up to this far (5 minutes) after the reference time are accepted (clock skew between systems).
 *
 * @example
 * ```ts
 * import { CLOCK_SKEW_TOLERANCE_MS } from '@meridian/fhir-adapter';
 * CLOCK_SKEW_TOLERANCE_MS; // 300000
 * ```
 */
export const CLOCK_SKEW_TOLERANCE_MS = 5 * 60 * 1000;

const HOUR_MS = 3_600_000;

export function resolveOptions(options: PatientContextOptions = {}): ResolvedOptions {
  const { referenceTime, patientId, staleAfterHours = {} } = options;
  const referenceMs = referenceTime === undefined ? Date.now() : new Date(referenceTime).getTime();
  if (!Number.isFinite(referenceMs)) {
    throw new FhirInputError('options.referenceTime is not a valid date or ISO 8601 string.');
  }
  for (const [key, hours] of Object.entries(staleAfterHours)) {
    if (typeof hours !== 'number' || !(hours > 0)) {
      throw new FhirInputError(`options.staleAfterHours.${key} must be a positive number of hours.`);
    }
  }
  return {
    referenceMs,
    referenceIso: new Date(referenceMs).toISOString(),
    patientId: patientId === '' ? undefined : patientId,
    keepHistory: options.keepHistory === true,
    staleAfterMs(concept) {
      const override = staleAfterHours[concept];
      const fallback =
        concept in MEASURES
          ? MEASURES[concept as MeasureKey].staleAfterHours
          : FINDINGS[concept as FindingKey].staleAfterHours;
      return (override ?? fallback) * HOUR_MS;
    },
  };
}
