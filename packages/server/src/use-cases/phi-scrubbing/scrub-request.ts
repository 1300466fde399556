/**
 * `POST /phi/scrub` without HTTP: the rules and lexicons, the optional model
 * pass (only when asked for and a model is configured for the tenant), the
 * replacement by tag or surrogate, and in surrogate mode the sealed
 * surrogate-to-original table (AES-256-GCM under the server's key, bound to
 * the tenant), which only the key's holder can open.
 *
 * @module
 */
import type { PhiScrubRequest, PhiScrubResponse } from '@meridian/sdk';
import { encryptField } from '../../platform/crypto/field-encryption.js';
import { resolveTenantLlm } from '../../platform/llm/tenant-llm-config.js';
import { scrubText, type PhiSpan } from '../../engines/phi/index.js';
import type { Services } from '../services.js';
import type { Queryable } from '../../platform/store/db.js';
import { findNamesWithModel } from './model-name-pass.js';
import { surrogateKey, tenantPhiSecret } from './surrogate-keys.js';

/** The context a sealed re-identification table is bound to. */
export const reidentificationContext = (tenantId: string) => `${tenantId}:phi-reidentification`;

/**
 * Scrubs one request for a tenant (`q`: the caller's transaction, for the tenant's model settings).
 *
 * @example
 * ```ts
 * const response = await scrubRequest(services, services.db, 'demo', { text: 'Seen by Dr. Emily Clark', mode: 'tag' });
 * ```
 */
export async function scrubRequest(
  services: Services,
  q: Queryable,
  tenantId: string,
  request: PhiScrubRequest,
): Promise<PhiScrubResponse> {
  const { encryptionKey, defaultEndpoint } = services.caseAnalysis;
  let extraSpans: PhiSpan[] = [];
  let modelNote: string | undefined;
  if (request.model) {
    const endpoint = await resolveTenantLlm(q, encryptionKey, tenantId, defaultEndpoint);
    if (!endpoint) modelNote = 'no model configured for this tenant; rules and lexicons only';
    else ({ spans: extraSpans, note: modelNote } = await findNamesWithModel(endpoint, request.text));
  }
  const mode = request.mode ?? 'tag';
  const patient =
    request.patient && (request.patient.startsWith('Patient/') ? request.patient : `Patient/${request.patient}`);
  const scrubbed =
    mode === 'tag'
      ? scrubText(request.text, { mode, extraSpans })
      : scrubText(request.text, {
          mode,
          extraSpans,
          key: surrogateKey(tenantPhiSecret(encryptionKey, tenantId), patient),
        });
  const engine = extraSpans.length || (request.model && !modelNote) ? 'rules+model' : 'rules';
  return {
    text: scrubbed.text,
    mode,
    spans: scrubbed.spans.map((s) => ({ ...s })),
    engine,
    ...(modelNote ? { modelNote } : {}),
    ...(mode === 'surrogate'
      ? {
          surrogateScope: patient ? ('patient' as const) : ('document' as const),
          reidentification: encryptField(
            encryptionKey,
            JSON.stringify(
              scrubbed.spans.map((s, i) => ({ type: s.type, surrogate: scrubbed.replacements[i], original: s.text })),
            ),
            reidentificationContext(tenantId),
          ),
        }
      : {}),
  };
}
