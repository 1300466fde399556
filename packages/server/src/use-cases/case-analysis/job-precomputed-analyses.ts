/**
 * {@link PrecomputedAnalyses} over the job store: the newest completed case
 * analysis job whose dedupe key is the patient's current inputs
 * (`Patient/x|hash`), completed within the freshness window, found by the
 * partial index on `job_ref (tenant_id, dedupe_key, completed_at)`; its
 * sealed result is opened for the card's summary. The link is the job,
 * `GET {public base}/jobs/{id}` (API key, clinician role; audited).
 *
 * @module
 */
import { ANALYSIS_FRESHNESS_MS, type PrecomputedAnalyses } from '../cds-hooks/precomputed-analyses.js';
import { openJobResult } from '../../platform/jobs/job-results.js';
import type { Queryable } from '../../platform/store/db.js';

/** Options of {@link createJobPrecomputedAnalyses}. */
export interface JobAnalysesOptions {
  /** Base of the link when the lookup is given none (`MERIDIAN_PUBLIC_URL`). */
  publicUrl?: string | undefined;
  /** Default {@link ANALYSIS_FRESHNESS_MS} (24 h). */
  freshnessMs?: number | undefined;
}

const likePrefix = (patient: string) => `${patient.replace(/[\\%_]/g, '\\$&')}|%`;

/**
 * Builds the lookup.
 *
 * @example
 * ```ts
 * const analyses = createJobPrecomputedAnalyses(db, key, { publicUrl: 'https://meridian.example.org' });
 * await analyses.latest('demo', 'Patient/p1', new Date(Date.now() - 86_400_000), { inputKey });
 * ```
 */
export function createJobPrecomputedAnalyses(
  db: Queryable,
  key: Buffer,
  options: JobAnalysesOptions = {},
): PrecomputedAnalyses {
  return {
    freshnessMs: options.freshnessMs ?? ANALYSIS_FRESHNESS_MS,
    async latest(tenantId, patient, freshAfter, lookup = {}) {
      const base = (lookup.publicBase ?? options.publicUrl)?.replace(/\/+$/, '');
      if (!base || (lookup.inputKey && !lookup.inputKey.startsWith(`${patient}|`))) return undefined;
      const { rows } = await db.query<{ id: string; result_ciphertext: string; completed_at: Date }>(
        `SELECT id, result_ciphertext, completed_at FROM job_ref
          WHERE tenant_id = $1 AND ${lookup.inputKey ? 'dedupe_key = $2' : 'dedupe_key LIKE $2'} AND completed_at >= $3 AND result_ciphertext IS NOT NULL
          ORDER BY completed_at DESC LIMIT 1`,
        [tenantId, lookup.inputKey ?? likePrefix(patient), freshAfter.toISOString()],
        { name: lookup.inputKey ? 'meridian-precomputed-by-inputs' : 'meridian-precomputed-by-patient' },
      );
      const row = rows[0];
      if (!row) return undefined;
      const analysis = openJobResult(key, tenantId, row.id, row.result_ciphertext);
      const { provenance } = analysis;
      const engine =
        provenance.engine === 'llm'
          ? `llm:${provenance.model ?? 'unknown model'}`
          : 'rules (deterministic engine, no language model)';
      return {
        summary: analysis.caseSummary.slice(0, 600),
        url: `${base}/jobs/${row.id}`,
        linkType: 'absolute',
        computedAt: new Date(row.completed_at).toISOString(),
        engine,
        escalation: analysis.escalation.level,
      };
    },
  };
}
