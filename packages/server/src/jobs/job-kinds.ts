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
/** The pg-boss queue of each job kind. */
export const QUEUE_OF: Readonly<Record<Job['kind'], string>> = { 'case-analysis': CASE_ANALYSIS_QUEUE, extraction: EXTRACTION_QUEUE };

/** What a note extraction job carries (sealed in the job's data). */
export interface ExtractionPayload {
  request: ExtractionRequest;
  requestedBy: string;
}

/** What a case analysis job carries (sealed in the job's data). */
export interface CaseAnalysisPayload {
  request: CaseAnalyzeRequest;
  /** The principal that asked, for the record (`api-key:key-1`). */
  requestedBy: string;
}

/** What a job's handler returns: the sealed analysis, or a permanent error (no retry). */
export type CaseAnalysisOutput = { sealed: string } | { error: { code: string; message: string } };
