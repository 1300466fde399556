import {
  documentJobResultSchema,
  documentReferenceSchema,
  documentUploadQuerySchema,
  type DocumentReference,
  type DocumentUploadQuery,
} from '../../schemas/documents.js';
import {
  documentExtractRequestSchema,
  documentScrubRequestSchema,
  type DocumentExtractRequest,
  type DocumentScrubRequest,
} from '../../schemas/document-actions.js';
import { extractionResultSchema, type ExtractionResult } from '../../schemas/extraction.js';
import { jobAcceptedSchema, type JobAccepted } from '../../schemas/jobs.js';
import { phiScrubResponseSchema, type PhiScrubResponse } from '../../schemas/phi.js';
import { MeridianError } from '../errors.js';
import type { Transport } from '../transport.js';
import type { JobsResource } from './jobs.js';
import { answerOrJob, settle } from './queued-answer.js';
import { checkRequest, checkResponse } from '../validate.js';

/** What an upload sends besides its bytes: the media type, and optionally the patient and a title. */
export interface DocumentUploadOptions extends DocumentUploadQuery {
  /** `application/pdf`, the DOCX type, `image/png`, `image/jpeg`, `text/plain`, or an audio type (see `DOCUMENT_CONTENT_TYPES`). */
  contentType: string;
}

const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;

/** Clinical documents in: PDF, DOCX, images (OCR), text and audio become stored `DocumentReference`s, then scrubbed or extracted on request. Reach it as `client.documents`. */
export class DocumentsResource {
  constructor(
    private readonly transport: Transport,
    private readonly jobs: JobsResource,
  ) {}

  /**
   * Uploads a document (`POST /documents`, the bytes as the body): the stored
   * `DocumentReference` when it was read at once (text, DOCX, small PDF), or
   * the accepted job (OCR, audio, large PDF) to wait on.
   *
   * @example
   * ```ts
   * const answer = await client.documents.upload(await readFile('letter.pdf'), { contentType: 'application/pdf', patient: 'Patient/123' });
   * if (!('resourceType' in answer)) console.log('queued as', answer.jobId);
   * ```
   */
  async upload(data: Uint8Array | string, options: DocumentUploadOptions): Promise<DocumentReference | JobAccepted> {
    const { contentType, ...rest } = options;
    const query = checkRequest(documentUploadQuerySchema, rest);
    const answer = await this.transport.request({
      method: 'POST',
      path: '/documents',
      query,
      raw: { data, contentType },
    });
    const accepted = jobAcceptedSchema.safeParse(answer);
    return accepted.success ? accepted.data : checkResponse(documentReferenceSchema, answer);
  }

  /**
   * Uploads a document and resolves to the stored `DocumentReference`,
   * waiting on the job when the server queued it.
   *
   * @example
   * ```ts
   * const doc = await client.documents.uploadAndWait(png, { contentType: 'image/png' }, { timeoutMs: 60_000 });
   * ```
   */
  async uploadAndWait(
    data: Uint8Array | string,
    options: DocumentUploadOptions,
    wait: { timeoutMs?: number } = {},
  ): Promise<DocumentReference> {
    const answer = await this.upload(data, options);
    if ('resourceType' in answer) return answer;
    const job = await this.jobs.wait(answer.jobId, { timeoutMs: wait.timeoutMs });
    const result = job.status === 'completed' ? documentJobResultSchema.safeParse(job.result).data : undefined;
    if (!result)
      throw new MeridianError(`document job ${job.id} ended ${job.status}: ${job.error?.message ?? 'no result'}`);
    return this.get(result.documentReference.slice('DocumentReference/'.length));
  }

  /**
   * Reads a stored document (`GET /documents/{id}`).
   *
   * @example
   * ```ts
   * const doc = await client.documents.get('3f1c…');
   * const text = atob(doc.content[0].attachment.data ?? '');
   * ```
   */
  async get(id: string): Promise<DocumentReference> {
    return checkResponse(
      documentReferenceSchema,
      await this.transport.request({ method: 'GET', path: documentPath(id) }),
    );
  }

  /**
   * Scrubs a stored document's text (`POST /documents/{id}/scrub`): the same
   * answer as `client.phi.scrub`, with span offsets into the stored text.
   * `patient` defaults to the document's own patient.
   *
   * @example
   * ```ts
   * const { text, spans } = await client.documents.scrub(doc.id, { mode: 'surrogate' });
   * ```
   */
  async scrub(id: string, options: DocumentScrubRequest = {}): Promise<PhiScrubResponse> {
    const body = checkRequest(documentScrubRequestSchema, options);
    return checkResponse(
      phiScrubResponseSchema,
      await this.transport.request({ method: 'POST', path: `${documentPath(id)}/scrub`, body }),
    );
  }

  /**
   * Submits a stored document for extraction (`POST /documents/{id}/extract`):
   * the extraction (subject: the document's patient; `document` names it), or
   * the accepted job when the text is long enough to be queued.
   *
   * @example
   * ```ts
   * const answer = await client.documents.submitExtraction(doc.id, { profile: 'oncology' });
   * if ('jobId' in answer) console.log('queued as', answer.jobId);
   * ```
   */
  async submitExtraction(id: string, options: DocumentExtractRequest = {}): Promise<ExtractionResult | JobAccepted> {
    const body = checkRequest(documentExtractRequestSchema, options);
    return answerOrJob(
      await this.transport.request({ method: 'POST', path: `${documentPath(id)}/extract`, body }),
      extractionResultSchema,
    );
  }

  /**
   * Extracts a stored document to a FHIR Bundle, like `client.notes.extract`,
   * waiting on the job when the server queued it.
   *
   * @example
   * ```ts
   * const result = await client.documents.extract(doc.id);
   * console.log(result.document, result.bundle.entry?.length);
   * ```
   */
  async extract(
    id: string,
    options: DocumentExtractRequest = {},
    wait: { timeoutMs?: number } = {},
  ): Promise<ExtractionResult> {
    return settle(
      this.jobs,
      await this.submitExtraction(id, options),
      extractionResultSchema,
      'document extraction',
      wait.timeoutMs,
    );
  }
}
