import type { PhiScrubRequest, PhiScrubResponse } from '@meridian/sdk';
import type { Services } from '../services.js';
import type { Actor } from '../../platform/tenancy/actor.js';

/** The scrubber loads its lexicons (about half a second) on the first request, not when the server starts. */
const loadScrubber = () => import('./scrub-request.js');

/**
 * The use case behind `POST /phi/scrub` and `POST /documents/{id}/scrub`:
 * scrubs a validated request and records it as operation `phi-scrub`, the
 * AuditEvent naming the patient when one is given and the `resources` the
 * text came from (a `DocumentReference/{id}`), never the text.
 *
 * @example
 * ```ts
 * const response = await scrubAudited(services, actor, { text: 'Seen by Dr. Emily Clark' }, ['DocumentReference/d1']);
 * ```
 */
export async function scrubAudited(
  services: Services,
  actor: Actor,
  request: PhiScrubRequest,
  resources: readonly string[] = [],
): Promise<PhiScrubResponse> {
  const patient =
    request.patient && (request.patient.startsWith('Patient/') ? request.patient : `Patient/${request.patient}`);
  const { scrubRequest } = await loadScrubber();
  return services.audit.record(
    actor,
    (tx) => scrubRequest(services, tx, actor.tenantId, request),
    () => ({
      action: 'E',
      interaction: 'operation',
      operation: 'phi-scrub',
      patients: patient ? [patient] : [],
      resources,
    }),
  );
}
