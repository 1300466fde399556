/**
 * The reaction to new data for one patient: re-score every calculator from
 * the stored record, store the RiskAssessments, and for each threshold
 * crossed write a DetectedIssue and an alert, in one audited transaction
 * under Meridian's own (system) principal.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { buildDetectedIssue } from '@meridian/fhir-adapter';
import type { Alert } from '@meridian/sdk';
import type { PatientContext } from '@meridian/fhir-adapter';
import type { RiskResult } from '../../engines/risk/index.js';
import { writeResource } from '../../platform/fhir-store/resource-repository.js';
import { loadPatientContext } from '../risk-assessment/load-patient-context.js';
import { scoreRisk } from '../risk-assessment/score-risk.js';
import { storeRiskAssessments } from '../risk-assessment/store-risk-assessments.js';
import { basisOf } from '../risk-assessment/to-risk-assessment.js';
import type { Services } from '../services.js';
import type { Queryable } from '../../platform/store/db.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import { alertCrossings, alertLevels } from './alert-rules.js';
import { alertStates, insertAlert, saveAlertStates } from './alert-store.js';

/** The component name of the reaction, in AuditEvent agents. @example `RESCORE_COMPONENT // 'risk-rescore'` */
export const RESCORE_COMPONENT = 'risk-rescore';

/**
 * Re-scores a patient; returns the alerts raised (usually none). Re-scorings
 * of one patient run one at a time (a transaction lock per patient): one that
 * waited reads, and dates its assessments, after the one before committed,
 * so it sees every result committed by then.
 *
 * @example
 * ```ts
 * const alerts = await rescorePatient(services, 'demo', 'Patient/1', { triggeredBy: 'hl7m-…' });
 * ```
 */
export async function rescorePatient(
  services: Services,
  tenantId: string,
  patient: string,
  options: {
    triggeredBy?: string | undefined;
    now?: Date;
    /** Runs in the re-scoring's transaction with the patient's context (the job worker queues a case analysis there). */
    withContext?: (tx: Queryable, context: PatientContext) => Promise<void>;
  } = {},
): Promise<Alert[]> {
  const actor = actorFor(
    systemPrincipal(tenantId, RESCORE_COMPONENT),
    options.triggeredBy ?? `rescore-${randomUUID()}`,
  );
  const alerts = await services.audit.record(
    actor,
    async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('meridian-rescore-run:' || $1, 0))`, [
        `${tenantId}|${patient}`,
      ]);
      const now = options.now ?? new Date();
      const referenceTime = now.toISOString();
      const context = await loadPatientContext(tx, tenantId, { patient }, referenceTime);
      await options.withContext?.(tx, context);
      const scored = scoreRisk(context, { tenantId, referenceTime }, services.riskCache);
      const { response, touched } = await storeRiskAssessments(tx, tenantId, scored, services.riskCache, now);
      const results: RiskResult[] = scored.cached ? (response.results as unknown as RiskResult[]) : scored.results;
      const levels = alertLevels(results);
      const crossings = alertCrossings(levels, await alertStates(tx, tenantId, patient));
      const raised: Alert[] = [];
      if (crossings.length > 0) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`alerts:${tenantId}`]);
      for (const crossing of crossings) {
        const assessment = response.riskAssessments.find(
          (ra) =>
            (ra.method as { coding?: { code?: string }[] } | undefined)?.coding?.[0]?.code === crossing.calculator,
        );
        const total = crossing.result.total;
        const issue = buildDetectedIssue({
          patient,
          identified: referenceTime,
          severity: crossing.rule.severity,
          code: crossing.rule.coding,
          detail: `${crossing.rule.coding.display}: ${crossing.result.title} ${total ?? `≥ ${crossing.result.totalRange?.min ?? '?'}`} (band ${crossing.band}${crossing.previousBand ? `, was ${crossing.previousBand}` : ''}).`,
          evidence: [...(assessment?.id ? [`RiskAssessment/${assessment.id}`] : []), ...basisOf(crossing.result)],
          status: crossing.result.status === 'complete' ? 'final' : 'preliminary',
        });
        const written = (await writeResource(tx, tenantId, issue as never, now)).resource;
        raised.push(
          await insertAlert(tx, tenantId, {
            id: `alert-${randomUUID()}`,
            patient,
            calculator: crossing.calculator,
            rule: crossing.rule.coding.code,
            severity: crossing.rule.severity,
            band: crossing.band ?? 'unknown',
            total,
            previousBand: crossing.previousBand,
            detectedIssue: `DetectedIssue/${written.id}`,
            riskAssessment: assessment?.id ? `RiskAssessment/${assessment.id}` : null,
            triggeredBy: options.triggeredBy ?? null,
            createdAt: now.toISOString(),
          }),
        );
      }
      await saveAlertStates(tx, tenantId, patient, levels, now);
      return { raised, touched };
    },
    (r) => ({
      action: 'C',
      interaction: 'operation',
      operation: 'risk-rescore',
      patients: [patient],
      resources: [...(r?.touched ?? []), ...(r?.raised ?? []).map((a) => a.detectedIssue)],
    }),
  );
  if (alerts.raised.length > 0) services.alerts.publish(tenantId);
  return alerts.raised;
}
