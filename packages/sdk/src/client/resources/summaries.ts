import {
  patientSummarySchema,
  summaryRequestSchema,
  type PatientSummary,
  type SummaryRequest,
} from '../../schemas/summary.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

const PATIENT_REFERENCE = /^(?:Patient\/)?([A-Za-z0-9.-]{1,64})$/;

/** Patient summaries: a cited FHIR document of a stored patient. Reach it as `client.summaries`. */
export class SummariesResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Summarises a stored patient (`POST /patients/{id}/summary`): a document
   * `Bundle` (Composition first, then every resource it cites), the cited
   * sentences by section, trends of recent vital signs and laboratory values,
   * and the narrative (a checked model's, or the rules engine's, as
   * `provenance.engine` says).
   *
   * @example
   * ```ts
   * const summary = await client.summaries.get('Patient/355', { trendPoints: 5 });
   * for (const s of summary.narrative) console.log(s.text, s.sources);
   * ```
   */
  async get(patient: string, request: SummaryRequest = {}): Promise<PatientSummary> {
    const id = PATIENT_REFERENCE.exec(patient)?.[1];
    if (!id) throw new TypeError(`not a Patient reference or id: ${patient}`);
    const body = checkRequest(summaryRequestSchema, request);
    return checkResponse(
      patientSummarySchema,
      await this.transport.request({ method: 'POST', path: `/patients/${encodeURIComponent(id)}/summary`, body }),
    );
  }
}
