import { cdsServiceResponseSchema, type CdsServiceResponse } from '../../schemas/cds-hooks/card.js';
import { cdsDiscoveryResponseSchema, type CdsDiscoveryResponse } from '../../schemas/cds-hooks/discovery.js';
import {
  cdsFeedbackRequestSchema,
  cdsFeedbackResponseSchema,
  cdsFeedbackSummarySchema,
  cdsSettingsSchema,
  type CdsFeedbackRequest,
  type CdsFeedbackResponse,
  type CdsFeedbackSummary,
  type CdsSettings,
} from '../../schemas/cds-hooks/feedback.js';
import { cdsPreviewRequestSchema, type CdsPreviewRequest } from '../../schemas/cds-hooks/preview.js';
import { cdsRequestEnvelopeSchema } from '../../schemas/cds-hooks/request.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/**
 * The EHR's JWT for one call: a compact token, or a function that signs one
 * for the given audience (the URL being called, as CDS Hooks requires `aud`).
 */
export type CdsJwtSource = string | ((audience: string) => string | Promise<string>);

/** Options of a CDS Hooks call. */
export interface CdsCallOptions {
  /** The EHR's signed JWT (sent as `Authorization: Bearer`); required by a production server. */
  jwt?: CdsJwtSource;
}

/**
 * CDS Hooks 2.0 as an EHR calls it: discovery, service calls and feedback.
 * Reach it as `client.cdsHooks`. Calls are never retried (a hook has a
 * budget of about 500 ms; a stale answer is worse than none).
 *
 * @example
 * ```ts
 * const { cards } = await client.cdsHooks.call('meridian-patient-risk', request, { jwt: (aud) => sign(aud) });
 * ```
 */
export class CdsHooksResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Lists the CDS Services (`GET /cds-services`); needs no credentials.
   *
   * @example
   * ```ts
   * const { services } = await client.cdsHooks.discover();
   * ```
   */
  async discover(): Promise<CdsDiscoveryResponse> {
    return checkResponse(
      cdsDiscoveryResponseSchema,
      await this.transport.request({ method: 'GET', path: '/cds-services' }),
    );
  }

  /**
   * Calls one service (`POST /cds-services/{id}`) and returns its cards.
   *
   * @example
   * ```ts
   * const { cards } = await client.cdsHooks.call('meridian-patient-risk', {
   *   hook: 'patient-view', hookInstance: crypto.randomUUID(),
   *   context: { userId: 'Practitioner/1', patientId: '123' }, prefetch: { patient: patientResource },
   * }, { jwt: (aud) => signEhrJwt(aud) });
   * ```
   */
  async call(
    serviceId: string,
    request: Record<string, unknown>,
    options: CdsCallOptions = {},
  ): Promise<CdsServiceResponse> {
    const body = checkRequest(cdsRequestEnvelopeSchema, request);
    const path = `/cds-services/${encodeURIComponent(serviceId)}`;
    const authorization = await this.authorization(path, options);
    return checkResponse(
      cdsServiceResponseSchema,
      await this.transport.request({ method: 'POST', path, body, authorization, retry: false }),
    );
  }

  /**
   * Runs a `patient-view` service for a patient Meridian stores, as if
   * their chart had just opened (`POST /cds-services/{id}/preview`, API
   * key, audited): the prefetch comes from the stored record. For portals
   * and demos; an EHR calls {@link CdsHooksResource.call}.
   *
   * @example
   * ```ts
   * const { cards } = await client.cdsHooks.preview('meridian-patient-risk', { patient: 'Patient/demo-ada' });
   * ```
   */
  async preview(serviceId: string, request: CdsPreviewRequest): Promise<CdsServiceResponse> {
    const body = checkRequest(cdsPreviewRequestSchema, request);
    const path = `/cds-services/${encodeURIComponent(serviceId)}/preview`;
    return checkResponse(
      cdsServiceResponseSchema,
      await this.transport.request({ method: 'POST', path, body, retry: false }),
    );
  }

  /**
   * Reports what the user did with cards (`POST /cds-services/{id}/feedback`).
   *
   * @example
   * ```ts
   * await client.cdsHooks.feedback('meridian-patient-risk', {
   *   feedback: [{ card: card.uuid!, outcome: 'overridden', overrideReason: { userComment: 'Known' }, outcomeTimestamp: new Date().toISOString() }],
   * }, { jwt });
   * ```
   */
  async feedback(
    serviceId: string,
    feedback: CdsFeedbackRequest,
    options: CdsCallOptions = {},
  ): Promise<CdsFeedbackResponse> {
    const body = checkRequest(cdsFeedbackRequestSchema, feedback);
    const path = `/cds-services/${encodeURIComponent(serviceId)}/feedback`;
    const authorization = await this.authorization(path, options);
    return checkResponse(
      cdsFeedbackResponseSchema,
      await this.transport.request({ method: 'POST', path, body, authorization, retry: false }),
    );
  }

  /**
   * The tenant's CDS Hooks settings (`GET /cds-hooks/settings`; API key,
   * admin or auditor): the hook time budget.
   *
   * @example
   * ```ts
   * const { budgetMs } = await client.cdsHooks.settings();
   * ```
   */
  async settings(): Promise<CdsSettings> {
    return checkResponse(
      cdsSettingsSchema,
      await this.transport.request({ method: 'GET', path: '/cds-hooks/settings' }),
    );
  }

  /**
   * Changes the tenant's CDS Hooks settings (`PUT /cds-hooks/settings`; API
   * key, admin). The budget counts from a call's arrival; 20% of it (at most
   * 60 ms) is kept for the audit write.
   *
   * @example
   * ```ts
   * await client.cdsHooks.updateSettings({ budgetMs: 300 });
   * ```
   */
  async updateSettings(settings: CdsSettings): Promise<CdsSettings> {
    const body = checkRequest(cdsSettingsSchema, settings);
    return checkResponse(
      cdsSettingsSchema,
      await this.transport.request({ method: 'PUT', path: '/cds-hooks/settings', body }),
    );
  }

  /**
   * Feedback counted per card type (`GET /cds-hooks/feedback-summary`; API
   * key, admin, auditor or clinician): how often clinicians accepted or
   * overrode each kind of card.
   *
   * @example
   * ```ts
   * const { cardTypes } = await client.cdsHooks.feedbackSummary();
   * ```
   */
  async feedbackSummary(): Promise<CdsFeedbackSummary> {
    return checkResponse(
      cdsFeedbackSummarySchema,
      await this.transport.request({ method: 'GET', path: '/cds-hooks/feedback-summary' }),
    );
  }

  private async authorization(path: string, options: CdsCallOptions): Promise<string | undefined> {
    if (options.jwt === undefined) return undefined;
    const token = typeof options.jwt === 'string' ? options.jwt : await options.jwt(this.transport.url({ path }));
    return `Bearer ${token}`;
  }
}
