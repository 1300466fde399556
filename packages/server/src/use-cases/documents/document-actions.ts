/**
 * Stored documents scrubbed or extracted on request, without HTTP: the
 * document's extracted text goes through the same use cases as `/phi/scrub`
 * and `/notes/extract`, audited naming the DocumentReference and its patient.
 *
 * @module
 */
import {
  MAX_NOTE_CHARS,
  PHI_SCRUB_MAX_CHARS,
  type DocumentExtractRequest,
  type DocumentScrubRequest,
  type PhiScrubResponse,
} from '@meridian/sdk';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { answerExtraction, type ExtractionAnswer } from '../notes/answer-extraction.js';
import { scrubAudited } from '../phi-scrubbing/scrub-audited.js';
import type { Services } from '../services.js';
import { withDocumentText, type DocumentText } from './document-text.js';

/** 422 when a stored text is longer than the capability takes (the message names the length limit, never the text). */
function withinLimit(document: DocumentText, max: number, capability: string): string {
  if (document.text.length > max)
    throw new OutcomeError(
      'unprocessable-entity',
      `${document.reference} holds ${document.text.length} characters of text; ${capability} takes at most ${max}`,
    );
  return document.text;
}

/**
 * Scrubs a stored document's text as `/phi/scrub` does (spans are offsets
 * into the stored text); `patient` defaults to the document's. 404 for an
 * unknown document (or another tenant's), 422 for one without text or too long.
 *
 * @example
 * ```ts
 * const { text } = await scrubDocument(services, actor, '3f1c…', { mode: 'surrogate' });
 * ```
 */
export async function scrubDocument(
  services: Services,
  actor: Actor,
  id: string,
  options: DocumentScrubRequest,
): Promise<PhiScrubResponse> {
  return withDocumentText(services.db, actor.tenantId, id, (doc) => {
    const patient = options.patient ?? doc.patient ?? undefined;
    const text = withinLimit(doc, PHI_SCRUB_MAX_CHARS, 'PHI scrubbing');
    return scrubAudited(services, actor, { ...options, text, ...(patient ? { patient } : {}) }, [doc.reference]);
  });
}

/**
 * Extracts a stored document's text as `/notes/extract` does (a long text
 * goes through the job queue), the document's patient as subject and
 * `document` naming the DocumentReference. Same refusals as {@link scrubDocument}.
 *
 * @example
 * ```ts
 * const answer = await extractDocument(services, actor, '3f1c…', { profile: 'oncology' });
 * ```
 */
export async function extractDocument(
  services: Services,
  actor: Actor,
  id: string,
  { profile }: DocumentExtractRequest,
): Promise<ExtractionAnswer> {
  return withDocumentText(services.db, actor.tenantId, id, (doc) => {
    const text = withinLimit(doc, MAX_NOTE_CHARS, 'extraction');
    return answerExtraction(
      services,
      actor,
      { text, ...(profile ? { profile } : {}), ...(doc.patient ? { patient: doc.patient } : {}) },
      doc.reference,
    );
  });
}
