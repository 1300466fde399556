import {
  riskAssessRequestSchema,
  riskAssessResponseSchema,
  type RiskAssessRequest,
  type RiskAssessResponse,
} from '../../schemas/risk.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** Validated clinical risk scores. Reach it as `client.risk`. */
export class RiskResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Scores a stored patient or an inline Bundle with Meridian's validated
   * calculators (`POST /risk/assess`). Missing inputs are named and the range
   * of scores still possible is given; nothing missing is assumed normal.
   *
   * @example
   * ```ts
   * const { results, riskAssessments } = await client.risk.assess({
   *   patient: 'Patient/123',
   *   calculators: ['news2', 'qsofa'],
   *   answers: { consciousness: 'A', supplementalOxygen: false },
   * });
   * ```
   */
  async assess(request: RiskAssessRequest): Promise<RiskAssessResponse> {
    const body = checkRequest(riskAssessRequestSchema, request);
    return checkResponse(
      riskAssessResponseSchema,
      await this.transport.request({ method: 'POST', path: '/risk/assess', body }),
    );
  }
}
