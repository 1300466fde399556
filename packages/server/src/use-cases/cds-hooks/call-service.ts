/**
 * One CDS Service call, without HTTP: validate the request for the service's
 * hook, gather the prefetch (fetching what is missing), build the patient's
 * context, run the service's steps inside the budget, and hold the response
 * to the CDS Hooks 2.0 schema.
 *
 * @module
 */
import { buildPatientContextFromPrefetch, FhirInputError, type PatientContext } from '@meridian/fhir-adapter';
import {
  CDS_REQUEST_SCHEMAS,
  cdsRequestEnvelopeSchema,
  cdsServiceResponseSchema,
  type CdsServiceResponse,
} from '@meridian/sdk';
import { guardCdsResponse } from '../../engines/safety/guard-outputs.js';
import { badRequest, serverError } from '../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import type { RiskCache } from '../risk-assessment/risk-cache.js';
import { runCardSteps } from './card-steps.js';
import type { TypedCard } from './cards/card-builder.js';
import type { PrecomputedAnalyses } from './precomputed-analyses.js';
import { gatherPrefetch, type GatheredPrefetch } from './prefetch/gather-prefetch.js';
import type { CdsHandlerInput, CdsServiceDefinition } from './service-definition.js';

/** What a call needs. */
export interface CdsCallInput {
  service: CdsServiceDefinition;
  body: unknown;
  tenantId: string;
  /** When the request arrived (epoch ms): the budget counts from here. */
  startedAt: number;
  budgetMs: number;
  riskCache: RiskCache;
  analyses: PrecomputedAnalyses;
  /** The FHIR servers Meridian may fetch missing prefetch from for this caller (`undefined`: any; the demo's unsigned caller only). */
  fhirServers: readonly string[] | undefined;
  /** Base of the absolute links in cards (the public URL). */
  publicBase?: string;
  /** How old a precomputed analysis may be for this tenant. */
  analysisFreshnessMs?: number;
  onStepFailure?: (step: string, error: unknown) => void;
}

/** What a call produced, for the response and its AuditEvent. */
export interface CdsCallResult {
  response: CdsServiceResponse;
  cards: TypedCard[];
  hook: string;
  hookInstance: string;
  patient: string;
  user: string;
  encounter: string | undefined;
  gathered: GatheredPrefetch;
  /** The PatientContext the cards were built from. */
  context: PatientContext;
  /** Steps the budget cut (or that failed). */
  cut: string[];
}

/**
 * Time kept back from the budget for the audit write and the response.
 *
 * @example
 * ```ts
 * reserveMs(500); // 60
 * ```
 */
export function reserveMs(budgetMs: number): number {
  return Math.min(60, Math.floor(budgetMs / 5));
}

/**
 * The validated request and the request's identity fields, or a 400 naming what is wrong.
 *
 * @example
 * ```ts
 * const request = parseCdsRequest(patientRiskService, req.body); // 400 naming the path when invalid
 * ```
 */
export function parseCdsRequest(service: CdsServiceDefinition, body: unknown): CdsHandlerInput['request'] {
  const envelope = parseOrThrow(cdsRequestEnvelopeSchema, body, 'body');
  if (envelope.hook !== service.hook)
    throw badRequest(`service '${service.id}' answers ${service.hook}, not '${envelope.hook.slice(0, 60)}'`, ['hook']);
  return parseOrThrow(CDS_REQUEST_SCHEMAS[service.hook], body, 'body') as CdsHandlerInput['request'];
}

/**
 * Calls a service.
 *
 * @example
 * ```ts
 * const result = await callCdsService({ service: patientRiskService, body, tenantId: 'demo', startedAt: Date.now(), budgetMs: 500, riskCache, analyses, fhirServers: ['https://ehr.example.org/fhir'] });
 * res.json(result.response);
 * ```
 */
export async function callCdsService(input: CdsCallInput): Promise<CdsCallResult> {
  const { service, startedAt, budgetMs } = input;
  const request = parseCdsRequest(service, input.body);
  const deadline = startedAt + budgetMs - reserveMs(budgetMs);
  const gathered = await gatherPrefetch(
    service.prefetch,
    request,
    AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    input.fhirServers,
  );
  const referenceTime = new Date().toISOString();
  let context;
  try {
    context = buildPatientContextFromPrefetch(gathered.data, { patientId: request.context.patientId, referenceTime });
  } catch (error) {
    if (error instanceof FhirInputError) throw badRequest(error.message, ['prefetch']);
    throw error;
  }
  const steps = service.handler({
    request,
    context,
    prefetch: gathered.data,
    tenantId: input.tenantId,
    referenceTime,
    riskCache: input.riskCache,
    analyses: input.analyses,
    publicBase: input.publicBase,
    analysisFreshnessMs: input.analysisFreshnessMs,
  });
  const ran = await runCardSteps(steps, deadline, input.onStepFailure);
  // The no-dosing guardrail walks every card; a card it drops whole is no longer issued.
  const guarded = guardCdsResponse({ cards: ran.cards.map((c) => c.card) });
  const cards = ran.cards.flatMap((c) => {
    const card = guarded.response.cards.find((k) => k.uuid === c.card.uuid);
    return card ? [{ ...c, card }] : [];
  });
  const cut = ran.cut;
  const parsed = cdsServiceResponseSchema.safeParse(guarded.response);
  if (!parsed.success) {
    input.onStepFailure?.('response-schema', parsed.error);
    throw serverError();
  }
  const { context: hookContext } = request;
  return {
    response: parsed.data,
    cards,
    hook: request.hook,
    hookInstance: request.hookInstance,
    patient: `Patient/${hookContext.patientId}`,
    user: hookContext.userId,
    encounter:
      'encounterId' in hookContext && typeof hookContext.encounterId === 'string'
        ? `Encounter/${hookContext.encounterId}`
        : undefined,
    gathered,
    context,
    cut,
  };
}
