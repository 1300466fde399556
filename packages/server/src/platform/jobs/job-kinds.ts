/**
 * The kinds of background job: their pg-boss queues and dead letters, and
 * what each job carries.
 *
 * @module
 */
import type { CaseAnalyzeRequest, ExtractionRequest, Job } from '@meridian/sdk';

/** The queue of case analyses. */
export const CASE_ANALYSIS_QUEUE = 'case-analysis';
/** Where case analyses whose retries are exhausted are copied. */
export const CASE_ANALYSIS_DEAD_LETTER = 'case-analysis-dead-letter';

/** The queue of note extractions (long notes). */
export const EXTRACTION_QUEUE = 'note-extraction';
/** Where note extractions whose retries are exhausted are copied. */
export const EXTRACTION_DEAD_LETTER = 'note-extraction-dead-letter';
/** The queue of document text extractions (OCR, large PDFs, audio transcription). */
export const DOCUMENT_QUEUE = 'document-extraction';
/** Where document extractions whose retries are exhausted are copied. */
export const DOCUMENT_DEAD_LETTER = 'document-extraction-dead-letter';
/** The pg-boss queue of each job kind. */
export const QUEUE_OF: Readonly<Record<Job['kind'], string>> = {
  'case-analysis': CASE_ANALYSIS_QUEUE,
  extraction: EXTRACTION_QUEUE,
  'document-extraction': DOCUMENT_QUEUE,
};
/** Each queue and its dead letter, created when the queue starts. */
export const QUEUES: ReadonlyArray<readonly [string, string]> = [
  [CASE_ANALYSIS_QUEUE, CASE_ANALYSIS_DEAD_LETTER],
  [EXTRACTION_QUEUE, EXTRACTION_DEAD_LETTER],
  [DOCUMENT_QUEUE, DOCUMENT_DEAD_LETTER],
];

/** What a document job carries (sealed in the job's data): the upload, base64, and who asked. */
export interface DocumentJobPayload {
  contentType: string;
  /** The uploaded bytes, base64. */
  data: string;
  patient?: string | undefined;
  title?: string | undefined;
  /** The id the DocumentReference is stored under. */
  documentId: string;
  requestedBy: string;
}

/** What a note extraction job carries (sealed in the job's data). */
export interface ExtractionPayload {
  request: ExtractionRequest;
  requestedBy: string;
  /** `DocumentReference/{id}` the text came from (`POST /documents/{id}/extract`). */
  document?: string;
}

/** What a case analysis job carries (sealed in the job's data). */
export interface CaseAnalysisPayload {
  request: CaseAnalyzeRequest;
  /** The principal that asked, for the record (`api-key:key-1`). */
  requestedBy: string;
}

/** What a job's handler returns: the sealed analysis, or a permanent error (no retry). */
export type CaseAnalysisOutput = { sealed: string } | { error: { code: string; message: string } };

/** Identifier system of background jobs, in AuditEvent.entity. */
export const JOB_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/job' as const;
