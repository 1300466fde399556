import { documentJobResultSchema, documentReferenceSchema, documentUploadQuerySchema, type DocumentReference, type DocumentUploadQuery } from '../../schemas/documents.js';
import { jobAcceptedSchema, type JobAccepted } from '../../schemas/jobs.js';
import { MeridianError } from '../errors.js';
import type { Transport } from '../transport.js';
import type { JobsResource } from './jobs.js';

/** What an upload sends besides its bytes: the media type, and optionally the patient and a title. */
export interface DocumentUploadOptions extends DocumentUploadQuery {
  /** `application/pdf`, the DOCX type, `image/png`, `image/jpeg`, `text/plain`, or an audio type (see `DOCUMENT_CONTENT_TYPES`). */
  contentType: string;
}

/** Clinical documents in: PDF, DOCX, images (OCR), text and audio become stored `DocumentReference`s. Reach it as `client.documents`. */
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
    const query = documentUploadQuerySchema.parse(rest);
    const answer = await this.transport.request({ method: 'POST', path: '/documents', query, raw: { data, contentType } });
    const accepted = jobAcceptedSchema.safeParse(answer);
    return accepted.success ? accepted.data : documentReferenceSchema.parse(answer);
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
  async uploadAndWait(data: Uint8Array | string, options: DocumentUploadOptions, wait: { timeoutMs?: number } = {}): Promise<DocumentReference> {
    const answer = await this.upload(data, options);
    if ('resourceType' in answer) return answer;
    const job = await this.jobs.wait(answer.jobId, { timeoutMs: wait.timeoutMs });
    const result = job.status === 'completed' ? documentJobResultSchema.safeParse(job.result).data : undefined;
    if (!result) throw new MeridianError(`document job ${job.id} ended ${job.status}: ${job.error?.message ?? 'no result'}`);
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
    return documentReferenceSchema.parse(await this.transport.request({ method: 'GET', path: `/documents/${encodeURIComponent(id)}` }));
  }
}
