/**
 * The seam through which patient-view shows a case analysis computed ahead
 * of time (a language model cannot answer inside a hook's budget). The case
 * analysis module implements {@link PrecomputedAnalyses}; until it does,
 * {@link NO_PRECOMPUTED_ANALYSES} answers that none exists.
 *
 * @module
 */

/** A case analysis computed before the hook fired. */
export interface PrecomputedAnalysis {
  /** One or two sentences, under 600 characters, free of anything not in the record. */
  summary: string;
  /** Where the clinician reads it: an absolute URL, or a SMART launch URL. */
  url: string;
  linkType: 'absolute' | 'smart';
  /** For a SMART launch: what the app needs to open this analysis. */
  appContext?: string;
  /** When it was computed (ISO 8601). */
  computedAt: string;
  /** Which engine produced it (`llm:meridian-ft-1`, `deterministic`). */
  engine: string;
  /** The escalation it advised (held to the clinical floor), when known. */
  escalation?: 'routine' | 'urgent' | 'emergency';
}

/** What else a lookup may be told. */
export interface AnalysisLookupOptions {
  /**
   * The key of the patient's current inputs (`Patient/x|hash`, see
   * `caseAnalysisDedupeKey`): only an analysis of exactly these inputs is
   * answered (one of older vitals would describe a patient who has changed).
   */
  inputKey?: string;
  /** Base of the absolute link (the public URL of this request). */
  publicBase?: string | undefined;
}

/** Looks up the freshest analysis of a patient. */
export interface PrecomputedAnalyses {
  /** The newest analysis computed at or after `freshAfter`, if any. Must answer fast (an index lookup). */
  latest(
    tenantId: string,
    patient: string,
    freshAfter: Date,
    options?: AnalysisLookupOptions,
  ): Promise<PrecomputedAnalysis | undefined>;
  /** How old an analysis may be and still be shown (default {@link ANALYSIS_FRESHNESS_MS}). */
  freshnessMs?: number;
}

/**
 * The lookup used until a case-analysis module provides one: nothing is ever precomputed.
 *
 * @example
 * ```ts
 * await NO_PRECOMPUTED_ANALYSES.latest('demo', 'Patient/1', new Date()); // undefined
 * ```
 */
export const NO_PRECOMPUTED_ANALYSES: PrecomputedAnalyses = {
  latest: async () => undefined,
};

/** How old an analysis may be and still be shown (default 24 hours). */
export const ANALYSIS_FRESHNESS_MS = 24 * 60 * 60 * 1000;
