/**
 * Note extraction as a service: the tenant's model cascade when one is
 * configured (schema-constrained, then grounded in the note), else, or when
 * every model fails, the rules engine; the answer says which.
 *
 * @module
 */
import type { ExtractionRequest, ExtractionResult } from '@meridian/sdk';
import type { Patient, Reference } from '@medplum/fhirtypes';
import { resolveTenantLlm } from '../../platform/llm/tenant-llm-config.js';
import { extractWithRules, type ExtractedItem } from '../../engines/extraction/extract-with-rules.js';
import { emptyCounts, tallyItems, type ExtractionCounts } from '../../engines/extraction/extraction-counts.js';
import type { GroundingCounts } from '../../engines/extraction/grounding/ground-draft.js';
import { extractOncology } from '../../engines/extraction/oncology/extract-oncology.js';
import { guardExtraction } from '../../engines/safety/guard-outputs.js';
import type { OncologyRecord } from '../../engines/extraction/oncology/oncology-fields.js';
import { splitSentences } from '../../engines/extraction/text/sentences.js';
import { EXTRACTION_PROMPT_VERSION } from '../../platform/llm/prompts/build-extraction-prompt.js';
import type { Services } from '../services.js';
import { extractWithModel, type ExtractionProgress } from './extract-with-model.js';

export type { ExtractionProgress } from './extract-with-model.js';

const NO_MODEL = 'No language model is configured for this tenant: the deterministic rules engine answered.';
const ALL_FAILED =
  'Every configured language model failed or was unavailable: the deterministic rules engine answered.';
const ONCOLOGY_BY_RULES = 'The model returned no oncology fields: they come from the rules engine.';

/**
 * Extracts a note for a tenant.
 *
 * @example
 * ```ts
 * const result = await extractNote(services, 'demo', { text: 'Denies chest pain.' });
 * result.provenance.engine; // 'rules' without a model
 * ```
 */
export async function extractNote(
  services: Services,
  tenantId: string,
  request: ExtractionRequest,
  onProgress: ExtractionProgress = () => undefined,
): Promise<ExtractionResult> {
  const started = performance.now();
  const profile = request.profile ?? 'general';
  const subject: Reference<Patient> = request.patient
    ? { reference: request.patient }
    : { display: 'the patient of the note' };
  const notes: string[] = [];
  const ca = services.caseAnalysis;
  await onProgress('resolving-model', 10);
  const endpoint = await resolveTenantLlm(services.db, ca.encryptionKey, tenantId, ca.defaultEndpoint);
  let items: ExtractedItem[] | undefined;
  let counts: ExtractionCounts | undefined;
  let oncology: OncologyRecord | null = null;
  let grounding: GroundingCounts | null = null;
  let model: string | null = null;
  if (endpoint) {
    const outcome = await extractWithModel(ca.gateway, endpoint, { text: request.text, profile }, subject, onProgress);
    if (outcome) {
      ({ items, grounding, oncology } = outcome.draft);
      model = outcome.model;
    } else notes.push(ALL_FAILED);
  } else notes.push(NO_MODEL);
  if (!items) {
    await onProgress('rules-extracting', 50);
    const rules = extractWithRules(request.text, subject);
    ({ items, counts } = rules);
  }
  if (profile === 'oncology' && !oncology) {
    if (model) notes.push(ONCOLOGY_BY_RULES);
    oncology = extractOncology(request.text);
  }
  await onProgress('done', 100);
  return guardExtraction({
    patient: request.patient ?? null,
    profile,
    bundle: {
      resourceType: 'Bundle',
      type: 'collection',
      entry: items.map((i) => ({ resource: i.resource as Record<string, unknown> & { resourceType: string } })),
    },
    oncology: profile === 'oncology' ? oncology : null,
    provenance: {
      engine: model ? 'llm' : 'rules',
      model,
      promptVersion: model ? EXTRACTION_PROMPT_VERSION : null,
      grounding,
      notes,
      latencyMs: performance.now() - started,
    },
    counts: counts ?? tallyItems(emptyCounts(), splitSentences(request.text), items),
  });
}

/** Names the stored `DocumentReference/{id}` a result came from, when there is one. */
export const withSourceDocument = (result: ExtractionResult, document: string | undefined): ExtractionResult =>
  document ? { ...result, document } : result;
