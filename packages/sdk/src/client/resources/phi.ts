import {
  phiScrubRequestSchema,
  phiScrubResponseSchema,
  type PhiScrubRequest,
  type PhiScrubResponse,
} from '../../schemas/phi.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** PHI scrubbing (HIPAA Safe Harbor identifiers). Reach it as `client.phi`. */
export class PhiResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Finds the Safe Harbor identifiers of a text and replaces each by a type
   * tag or a consistent surrogate (`POST /phi/scrub`); every span names the
   * detector that found it (rules, lexicon or model).
   *
   * @example
   * ```ts
   * const { text, spans } = await client.phi.scrub({ text: 'Seen by Dr. Emily Clark on 03/04/2022', mode: 'tag' });
   * // text: 'Seen by Dr. [NAME] on [DATE]'
   * ```
   */
  async scrub(request: PhiScrubRequest): Promise<PhiScrubResponse> {
    const body = checkRequest(phiScrubRequestSchema, request);
    return checkResponse(
      phiScrubResponseSchema,
      await this.transport.request({ method: 'POST', path: '/phi/scrub', body }),
    );
  }
}
