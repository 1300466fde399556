import type { PatientContext } from '@meridian/fhir-adapter';
import { caseAnalysisSchema, type CaseAnalysis, type CaseAnalyzeRequest } from '@meridian/sdk';
import { applyEscalationFloor } from '../../engines/analysis/apply-escalation-floor.js';
import { summariseCase } from '../../engines/analysis/case-summary.js';
import { citeGuidelines, dropIrrelevantGuidelineCitations } from '../../engines/analysis/cite-guidelines.js';
import { clinicalFloor, withoutFloor } from '../../engines/analysis/clinical-floor.js';
import { analyseWithRules } from '../../engines/analysis/rules-engine.js';
import type { RiskResult } from '../../engines/risk/index.js';
import { checkCitations } from '../../engines/safety/check-citations.js';
import { CASE_ANALYSIS_DISCLAIMERS } from '../../engines/safety/disclaimers.js';
import { guardCaseAnalysis } from '../../engines/safety/guard-outputs.js';
import { buildCasePrompt, CASE_PROMPT_VERSION } from '../../platform/llm/prompts/build-case-prompt.js';
import type { CascadeOutcome } from '../../platform/llm/llm-gateway.js';
import { loadPatientContext } from '../risk-assessment/load-patient-context.js';
import { scoreRisk } from '../risk-assessment/score-risk.js';
import type { Services } from '../services.js';
import type { Queryable } from '../../platform/store/db.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { citableSources } from './citable-sources.js';
import { createEscalationRecord } from './escalation-records.js';
import { summariseRisk } from './summarise-risk.js';
import { resolveTenantLlm } from '../../platform/llm/tenant-llm-config.js';
import { triageAnalysis } from './triage.js';
import { citationRelevance, retrieveCaseGuidelines } from './retrieve-guidelines.js';
import { assertPlausibleAnswers } from '../risk-assessment/check-answers.js';

/** Identifier system of escalation records, in AuditEvent.entity. */
export const ESCALATION_RECORD_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/escalation-record' as const;

/** Progress callback: a step name and a percentage (never data). */
export type ProgressListener = (step: string, percent: number) => void | Promise<void>;

const NO_MODEL_NOTE = 'No language model is configured for this tenant: the deterministic rules engine answered.';
const ALL_FAILED_NOTE =
  'Every configured language model failed or was unavailable: the deterministic rules engine answered.';

async function riskResults(
  services: Services,
  context: PatientContext,
  tenantId: string,
  referenceTime: string,
  answers: CaseAnalyzeRequest['answers'],
): Promise<RiskResult[]> {
  const scored = scoreRisk(context, { tenantId, referenceTime, answers }, services.riskCache);
  return (scored.cached ? scored.response.results : scored.results) as RiskResult[];
}

/**
 * The case analysis use case, callable from a route or a job: load the
 * patient (stored or given), score risk with the validated calculators,
 * retrieve guideline chunks, draft with the tenant's model cascade (or the
 * rules engine), then the guardrails (citations checked against this
 * request's data and chunks, no dosing anywhere), disclaimers and
 * provenance; urgent and low-confidence results get an encrypted escalation
 * record, written with the AuditEvent in one transaction; `commit` adds the
 * caller's own writes to that transaction (a job stores its result there,
 * once).
 *
 * @example
 * ```ts
 * const analysis = await analyzeCase(services, actor, { patient: 'Patient/demo-ada', question: 'Sepsis?' });
 * ```
 */
export async function analyzeCase(
  services: Services,
  actor: Actor,
  request: CaseAnalyzeRequest,
  options: {
    onProgress?: ProgressListener;
    stream?: boolean;
    now?: Date;
    commit?: (tx: Queryable, analysis: CaseAnalysis) => Promise<void>;
    /**
     * Benchmarks only (`bench/case-analysis-floor.ts`), to measure what the
     * clinical floor costs: skips the scores' certain bands, their red flags
     * and holding the draft to the floor. No door sets it.
     */
    unsafeSkipFloorForBenchmark?: boolean;
  } = {},
): Promise<CaseAnalysis> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const { caseAnalysis: ca } = services;
  const tenantId = actor.tenantId;
  const referenceTime = request.referenceTime ?? (options.now ?? new Date()).toISOString();

  assertPlausibleAnswers(request.answers);
  await progress('loading-patient', 10);
  const context = await loadPatientContext(services.db, tenantId, request, referenceTime);
  const risk = await riskResults(services, context, tenantId, referenceTime, request.answers);
  const floor = options.unsafeSkipFloorForBenchmark ? withoutFloor(context) : clinicalFloor(context, risk);
  const rules = analyseWithRules(context, risk, floor);

  await progress('retrieving-guidelines', 30);
  const chunks = await retrieveCaseGuidelines(services.db, ca.retriever, tenantId, request, context, rules);
  const riskScores = summariseRisk(risk);

  await progress('drafting', 50);
  const endpoint = await resolveTenantLlm(services.db, ca.encryptionKey, tenantId, ca.defaultEndpoint);
  let outcome: CascadeOutcome | null = null;
  if (endpoint) {
    let received = 0;
    let reported = 0;
    const onDelta = (n: number) => {
      received += n;
      if (received - reported < 2000) return;
      reported = received;
      void progress('drafting', Math.min(75, 50 + Math.floor(received / 400)));
    };
    const messages = buildCasePrompt({ context, riskScores, chunks, question: request.question });
    outcome = await ca.gateway.draftCaseAnalysis(endpoint, messages, { stream: options.stream, onDelta });
  }
  const relevance = await citationRelevance(ca.retriever, outcome?.draft ?? rules, chunks);
  const relevant = outcome?.draft
    ? dropIrrelevantGuidelineCitations(outcome.draft, chunks, relevance)
    : { draft: citeGuidelines(rules, chunks, relevance), removed: 0 };

  await progress('checking', 80);
  const cited = checkCitations(relevant.draft, citableSources(context, chunks));
  // A model may raise the escalation, never lower it below the floor the scores and hard red flags set.
  const floored = options.unsafeSkipFloorForBenchmark
    ? { draft: cited.draft, draftedLevel: cited.draft.escalation.level, applied: false, addedRedFlags: 0 }
    : applyEscalationFloor(cited.draft, floor);
  // The no-dosing guardrail walks every field of the finished answer, the floor's red flags included.
  const body = guardCaseAnalysis({
    patient: context.patient.reference,
    referenceTime,
    caseSummary: floored.draft.caseSummary,
    summaryFindings: summariseCase(context, risk, floor.standings).findings,
    differentials: floored.draft.differentials,
    redFlags: floored.draft.redFlags,
    riskScores,
    escalation: floored.draft.escalation,
    disclaimers: [...CASE_ANALYSIS_DISCLAIMERS],
    provenance: {
      engine: outcome?.draft ? ('llm' as const) : ('rules' as const),
      ...(outcome ? { endpoint: outcome.endpoint } : {}),
      ...(outcome?.model
        ? {
            model: outcome.model.baseModel ?? outcome.model.model,
            ...(outcome.model.baseModel ? { adapter: outcome.model.model } : {}),
          }
        : {}),
      promptVersion: outcome?.draft ? CASE_PROMPT_VERSION : 'rules/1',
      retrievedChunks: chunks.map((c) => c.chunkId),
      latencyMs: Math.round(performance.now() - started),
      fallbacks: outcome?.fallbacks ?? [],
      removals: { dosing: 0, ...cited.removals, irrelevantCitations: relevant.removed },
      escalationFloor: {
        level: floor.escalation.level,
        draftedLevel: floored.draftedLevel,
        applied: floored.applied,
        reasons: floor.escalation.reasons,
        addedRedFlags: floored.addedRedFlags,
      },
      cached: outcome?.cached ?? false,
      ...(outcome?.draft ? {} : { note: endpoint ? ALL_FAILED_NOTE : NO_MODEL_NOTE }),
    },
  });
  const decision = triageAnalysis(body);

  await progress('recording', 90);
  const { analysis } = await services.audit.record(
    actor,
    async (tx) => {
      const id = decision.review
        ? await createEscalationRecord(tx, ca.encryptionKey, tenantId, decision.review, {
            patient: body.patient,
            reasons: decision.reasons,
            escalationLevel: body.escalation.level,
            caseSummary: body.caseSummary,
            engine: body.provenance.engine,
          })
        : undefined;
      const result = caseAnalysisSchema.parse({
        ...body,
        triage: decision.triage,
        ...(id ? { escalationRecordId: id } : {}),
      });
      // The caller's own writes (a job's stored result) commit with the record and its AuditEvent, or none of them do.
      await options.commit?.(tx, result);
      return { id, analysis: result };
    },
    (done) => ({
      action: 'E',
      interaction: 'operation',
      operation: 'case-analyze',
      patients: [context.patient.reference],
      resources: [...citableSources(context, []).patientFacts].filter((r) => !r.startsWith('Patient/')),
      ...(done?.id
        ? {
            objects: [
              { system: ESCALATION_RECORD_IDENTIFIER_SYSTEM, value: done.id, display: `escalation ${decision.review}` },
            ],
          }
        : {}),
    }),
  );
  return analysis;
}
