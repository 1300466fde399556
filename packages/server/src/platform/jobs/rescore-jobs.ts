/**
 * Risk re-scoring as durable jobs: the HL7 listener queues one per patient a
 * committed message touched, in the message's own transaction, so a crash
 * after the commit cannot lose it. The queue's `stately` policy keeps at most
 * one queued job per patient (and one running): a burst of results for one
 * patient re-scores once, from the whole record, and a result that lands
 * while a re-score runs queues exactly one more.
 *
 * @module
 */
import type PgBoss from 'pg-boss';

/** The queue of risk re-scorings. */
export const RISK_RESCORE_QUEUE = 'risk-rescore';
/** Where re-scorings whose retries are exhausted are copied. */
export const RISK_RESCORE_DEAD_LETTER = 'risk-rescore-dead-letter';

/**
 * One re-scoring, as queued (the job's data). Not sealed, unlike a case
 * analysis request: it holds no PHI (HL7 resource ids are hashes of their
 * identifiers, `stableResourceId`), and it must stay readable by the next
 * process even when the encryption key is ephemeral.
 */
export interface RescoreRequest {
  tenantId: string;
  /** `Patient/<id>`. */
  patient: string;
  /** The stored HL7 message that queued it (`hl7m-…`), named in the alerts it raises. */
  triggeredBy: string;
}

/**
 * The per-patient deduplication key (pg-boss `singletonKey`).
 *
 * @example
 * ```ts
 * rescoreSingletonKey('demo', 'Patient/1'); // 'demo|Patient/1'
 * ```
 */
export const rescoreSingletonKey = (tenantId: string, patient: string): string => `${tenantId}|${patient}`;

/**
 * The pg-boss inserts for a set of re-scorings (one per tenant and patient;
 * the last message's id is kept as the trigger).
 *
 * @example
 * ```ts
 * const inserts = rescoreInserts([{ tenantId: 'demo', patient: 'Patient/1', triggeredBy: 'hl7m-…' }]);
 * ```
 */
export function rescoreInserts(requests: readonly RescoreRequest[]): PgBoss.JobInsert<RescoreRequest>[] {
  const latest = new Map<string, RescoreRequest>();
  for (const r of requests) latest.set(rescoreSingletonKey(r.tenantId, r.patient), r);
  return [...latest].map(([singletonKey, r]) => ({
    name: RISK_RESCORE_QUEUE,
    singletonKey,
    data: { tenantId: r.tenantId, patient: r.patient, triggeredBy: r.triggeredBy },
  }));
}
