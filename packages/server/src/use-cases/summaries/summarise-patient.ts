import { randomUUID } from 'node:crypto';
import { buildPatientContext, FhirInputError } from '@meridian/fhir-adapter';
import { patientSummarySchema, type PatientSummary, type SummaryRequest } from '@meridian/sdk';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import { findRedFlags } from '../../engines/red-flags/find-red-flags.js';
import { runCalculators } from '../../engines/risk/index.js';
import { rulesNarrative } from '../../engines/summary/rules-narrative.js';
import { summariseRecord } from '../../engines/summary/summarise-record.js';
import { buildSummaryDocument } from '../../engines/summary/summary-document.js';
import { patientCompartment } from '../../platform/fhir-store/resource-repository.js';
import { SUMMARY_PROMPT_VERSION } from '../../platform/llm/prompts/build-summary-prompt.js';
import { resolveTenantLlm } from '../../platform/llm/tenant-llm-config.js';
import type { Services } from '../services.js';
import type { Queryable } from '../../platform/store/db.js';
import { SERVER_VERSION } from '../../platform/telemetry/version.js';
import { modelNarrative } from './model-narrative.js';

const NO_MODEL_NOTE =
  "No language model is configured for this tenant: the narrative is the deterministic rules engine's.";
const ALL_FAILED_NOTE =
  "Every configured language model failed or was unavailable: the narrative is the deterministic rules engine's.";

/** Where a summary is read from and written for. */
export interface SummaryTarget {
  tenantId: string;
  /** `Patient/{id}`. */
  patient: string;
  /** Base of the document's `fullUrl`s (`https://host/fhir`). */
  fhirBase: string;
}

/**
 * The patient summary use case: reads the patient's compartment (404 when the
 * patient is not known), builds its PatientContext with value histories
 * (units normalised by the adapter), scores risk with the validated
 * calculators and finds open red flags, writes the rules engine's sentences,
 * then the narrative (the tenant's model cascade, checked and grounded, else
 * the rules one, and the provenance says which), and returns it all with the
 * FHIR document Bundle. It reads (the record, the tenant's model endpoint) and
 * calls the model; it writes nothing (the route records the AuditEvent).
 *
 * @example
 * ```ts
 * const summary = await summarisePatient(services, services.db, { tenantId: 'demo', patient: 'Patient/p1', fhirBase }, {});
 * ```
 */
export async function summarisePatient(
  services: Services,
  q: Queryable,
  target: SummaryTarget,
  request: SummaryRequest,
): Promise<PatientSummary> {
  const started = performance.now();
  const referenceTime = request.referenceTime
    ? new Date(request.referenceTime).toISOString()
    : new Date().toISOString();
  const resources = await patientCompartment(q, target.tenantId, target.patient);
  if (!resources.some((r) => r.resourceType === 'Patient'))
    throw new OutcomeError('resource-not-found', `${target.patient} is not known`);
  let context;
  try {
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
    context = buildPatientContext(bundle, {
      referenceTime,
      patientId: target.patient.slice('Patient/'.length),
      keepHistory: true,
    });
  } catch (error) {
    if (error instanceof FhirInputError)
      throw new OutcomeError('validation-failed', error.message, ['body.referenceTime']);
    throw error;
  }
  const { sentences, trends } = summariseRecord({
    context,
    resources,
    risk: runCalculators(context),
    redFlags: findRedFlags(context),
    trendPoints: request.trendPoints,
    encounters: request.encounters,
  });
  const record = new Map(resources.filter((r) => r.id).map((r) => [`${r.resourceType}/${r.id}`, r] as const));
  const ca = services.caseAnalysis;
  const endpoint = await resolveTenantLlm(q, ca.encryptionKey, target.tenantId, ca.defaultEndpoint);
  const model =
    endpoint && sentences.length
      ? await modelNarrative(ca.gateway, endpoint, target.patient, sentences, new Set(record.keys()))
      : null;
  const narrative = model?.ok ? model.sentences : rulesNarrative(sentences, trends);
  const id = randomUUID();
  const clean = sentences.map(({ date: _date, ...s }) => s);
  return patientSummarySchema.parse({
    patient: target.patient,
    referenceTime,
    document: buildSummaryDocument({
      id,
      patient: target.patient,
      date: referenceTime,
      sentences: clean,
      narrative,
      record,
      fhirBase: target.fhirBase,
      version: SERVER_VERSION,
    }),
    sentences: clean,
    narrative,
    trends,
    provenance: {
      engine: model?.ok ? 'llm' : 'rules',
      ...(model ? { endpoint: model.endpoint } : {}),
      ...(model?.ok && model.model ? { model: model.model } : {}),
      promptVersion: model?.ok ? SUMMARY_PROMPT_VERSION : 'rules/1',
      chunks: model?.ok ? model.chunks : 0,
      latencyMs: Math.round(performance.now() - started),
      fallbacks: model?.fallbacks ?? [],
      removals: model?.ok ? model.removals : { dosing: 0, uncited: 0, ungrounded: 0 },
      ...(model?.ok ? {} : { note: endpoint ? ALL_FAILED_NOTE : NO_MODEL_NOTE }),
    },
  });
}
