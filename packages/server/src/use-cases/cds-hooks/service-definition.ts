/**
 * A CDS Service declared as data: its id, hooks, title, description,
 * prefetch templates and handler. Discovery is generated from these.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import type { CdsHook, CdsHookRequestOf } from '@meridian/sdk';
import type { RiskCache } from '../risk-assessment/risk-cache.js';
import type { CardStep } from './card-steps.js';
import type { PrecomputedAnalyses } from './precomputed-analyses.js';

/** What a handler is given: the validated request, the patient's context and the prefetched data. */
export interface CdsHandlerInput {
  request: { [H in CdsHook]: CdsHookRequestOf<H> }[CdsHook];
  /** The patient, normalised by the FHIR adapter from the prefetched (or fetched) resources. */
  context: PatientContext;
  /** Prefetch key → resource, Bundle or null, after fetching what was missing. */
  prefetch: Readonly<Record<string, unknown>>;
  tenantId: string;
  /** "Now" for this call (ISO 8601). */
  referenceTime: string;
  riskCache: RiskCache;
  analyses: PrecomputedAnalyses;
  /** Base of Meridian's absolute links (`MERIDIAN_PUBLIC_URL`, else the request's valid Host). */
  publicBase?: string | undefined;
  /** How old a precomputed analysis may be for this tenant (its setting, else the lookup's default). */
  analysisFreshnessMs?: number | undefined;
}

/**
 * One CDS Service: one id, one hook, one entry in discovery (so every id in
 * discovery is unique, and `{baseUrl}/cds-services/{id}` names one service).
 * Two hooks that share their checks are two services sharing a handler.
 *
 * @example
 * ```ts
 * const service: CdsServiceDefinition = {
 *   id: 'meridian-encounter-start', hook: 'encounter-start', title: 'Red flags', description: '...',
 *   prefetch: { patient: 'Patient/{{context.patientId}}' },
 *   handler: ({ context }) => [{ name: 'red-flags', run: () => redFlagCards(findRedFlags(context)) }],
 * };
 * ```
 */
export interface CdsServiceDefinition {
  id: string;
  /** The one hook this service answers. */
  hook: CdsHook;
  title: string;
  description: string;
  /** Prefetch key → FHIR query template. Every key is needed: sent, or fetched, or the call is a 412. */
  prefetch: Readonly<Record<string, string>>;
  usageRequirements?: string;
  /** The steps that make the cards, in priority order (the budget cuts from the end). */
  handler(input: CdsHandlerInput): CardStep[];
}
