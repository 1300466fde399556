import {
  extractionRequestSchema,
  extractionResultSchema,
  type ExtractionRequest,
  type ExtractionResult,
} from '../../schemas/extraction.js';
import type { JobAccepted } from '../../schemas/jobs.js';
import type { Transport } from '../transport.js';
import type { JobsResource } from './jobs.js';
import { answerOrJob, settle } from './queued-answer.js';
import { checkRequest } from '../validate.js';

/** Clinical notes: extraction to FHIR. Reach it as `client.notes`. */
export class NotesResource {
  constructor(
    private readonly transport: Transport,
    private readonly jobs: JobsResource,
  ) {}

  /**
   * Submits a note (`POST /notes/extract`): the extraction, or the accepted
   * job when the note is long enough to be queued.
   *
   * @example
   * ```ts
   * const answer = await client.notes.submitExtraction({ text: longNote });
   * if ('jobId' in answer) console.log('queued as', answer.jobId);
   * ```
   */
  async submitExtraction(request: ExtractionRequest): Promise<ExtractionResult | JobAccepted> {
    const body = checkRequest(extractionRequestSchema, request);
    return answerOrJob(
      await this.transport.request({ method: 'POST', path: '/notes/extract', body }),
      extractionResultSchema,
    );
  }

  /**
   * Extracts a note to a FHIR Bundle (and the oncology fields with profile
   * `oncology`), waiting on the job when the server queued it.
   *
   * @example
   * ```ts
   * const result = await client.notes.extract({ text: 'Denies chest pain. BP 142/88 mmHg.', patient: 'Patient/p1' });
   * console.log(result.bundle.entry?.length, result.provenance.engine);
   * ```
   */
  async extract(request: ExtractionRequest, options: { timeoutMs?: number } = {}): Promise<ExtractionResult> {
    return settle(
      this.jobs,
      await this.submitExtraction(request),
      extractionResultSchema,
      'note extraction',
      options.timeoutMs,
    );
  }
}
