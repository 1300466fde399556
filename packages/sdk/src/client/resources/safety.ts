import {
  safetyCheckRequestSchema,
  safetyCheckResponseSchema,
  type SafetyCheckRequest,
  type SafetyCheckResponse,
} from '../../schemas/safety.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** Meridian's no-prescribing, no-dosing guardrail, for any text. Reach it as `client.safety`. */
export class SafetyResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Passes text through the guardrail (`POST /safety/check`): passages that
   * name a drug with a dose, route or frequency, or tell the reader to start,
   * stop or change a medication, are replaced with advice to discuss
   * treatment with the treating clinician, and reported.
   *
   * @example
   * ```ts
   * const { text, removed } = await client.safety.check({ text: 'Start amoxicillin 500 mg PO TID.' });
   * removed[0].reason; // 'dose'
   * ```
   */
  async check(request: SafetyCheckRequest): Promise<SafetyCheckResponse> {
    const body = checkRequest(safetyCheckRequestSchema, request);
    return checkResponse(
      safetyCheckResponseSchema,
      await this.transport.request({ method: 'POST', path: '/safety/check', body }),
    );
  }
}
