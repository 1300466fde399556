/**
 * The error `fetchPatientContext` throws when the FHIR server cannot give the patient.
 *
 * @module
 */

/**
 * The FHIR server refused or failed the Patient read (the one request without
 * which no context can be built). Search failures do not throw: they become
 * `fetch-failed` issues on a partial context.
 *
 * @example
 * ```ts
 * import { fetchPatientContext, FhirServerError } from '@meridian/fhir-adapter';
 * try {
 *   await fetchPatientContext({ baseUrl, accessToken, patientId });
 * } catch (error) {
 *   if (error instanceof FhirServerError && error.status === 401) { ... }
 * }
 * ```
 */
export class FhirServerError extends Error {
  /** HTTP status, or undefined for a network failure or timeout. */
  readonly status: number | undefined;

  constructor(message: string, status: number | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FhirServerError';
    this.status = status;
  }
}

/** The HTTP status carried by a fhir-kit-client error, if any. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const response = (error as { response?: { status?: unknown } }).response;
  return typeof response?.status === 'number' ? response.status : undefined;
}
