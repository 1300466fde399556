import type { PatientContext } from '@meridian/fhir-adapter';
import { SUMMARY_SECTIONS, type RiskResult, type SummaryTrend } from '@meridian/sdk';
import type { RedFlag } from '../red-flags/find-red-flags.js';
import { encounterSentences } from './encounter-sentences.js';
import { recordSentences } from './record-sentences.js';
import { redFlagSentences, riskSentences } from './score-sentences.js';
import type { DatedSentence } from './summary-sentence.js';
import { computeTrends } from './trends.js';
import { trendSentences } from './trend-sentences.js';

/** What the rules engine summarises: a context built with `keepHistory`, the raw record, scores and red flags. */
export interface RecordSummaryInput {
  context: PatientContext;
  /** Every resource of the patient's compartment (for encounters). */
  resources: readonly { resourceType: string; id?: string | undefined }[];
  risk: readonly RiskResult[];
  redFlags: readonly RedFlag[];
  /** Values per trend (default 5). */
  trendPoints?: number | undefined;
  /** Encounters listed (default 10). */
  encounters?: number | undefined;
}

/** The rules engine's summary: sentences by section, in section order, and the trends. */
export interface RecordSummary {
  sentences: DatedSentence[];
  trends: SummaryTrend[];
}

/**
 * The deterministic summary of a record: problems, medications, allergies,
 * vital-sign and laboratory trends, recent encounters, risk scores and open
 * red flags, one sentence per item, each citing the resources it came from;
 * each fact is stated once (a red flag on a value a trend states names its
 * threshold, not the value again). Pure: no I/O, no clock.
 *
 * @example
 * ```ts
 * const { sentences, trends } = summariseRecord({ context, resources, risk: runCalculators(context), redFlags: findRedFlags(context) });
 * ```
 */
export function summariseRecord(input: RecordSummaryInput): RecordSummary {
  const trends = computeTrends(input.context, input.trendPoints ?? 5);
  // What the vital-signs and laboratory sections state: a red flag does not state those values again.
  const stated = new Set(trends.map((t) => t.values.at(-1)!.source));
  const all = [
    ...recordSentences(input.context),
    ...trendSentences(trends),
    ...encounterSentences(input.resources, input.encounters ?? 10),
    ...riskSentences(input.risk, input.context.patient.reference),
    ...redFlagSentences(input.redFlags, stated),
  ];
  const order = (s: DatedSentence) => SUMMARY_SECTIONS.indexOf(s.section);
  return {
    sentences: all
      .map((s, i) => ({ s, i }))
      .sort((a, b) => order(a.s) - order(b.s) || a.i - b.i)
      .map(({ s }) => s),
    trends,
  };
}
