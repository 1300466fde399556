/**
 * The card of a precomputed case analysis: its summary and a link to read it.
 *
 * @module
 */
import type { PrecomputedAnalysis } from '../precomputed-analyses.js';
import { buildCard, escapeMarkdown, type TypedCard } from './card-builder.js';
import { OBSERVATION_OVERRIDE_REASONS } from './card-codes.js';

/**
 * An info card with the analysis's summary, when it was computed and by which engine.
 *
 * @example
 * ```ts
 * caseAnalysisCard({ summary: '...', url: 'https://meridian.example.org/analyses/1', linkType: 'absolute', computedAt, engine: 'llm:ft-1' });
 * ```
 */
export function caseAnalysisCard(analysis: PrecomputedAnalysis): TypedCard {
  return buildCard({
    type: 'case-analysis',
    indicator: 'info',
    summary: `Case analysis available (computed ${analysis.computedAt.slice(0, 16).replace('T', ' ')} UTC)`,
    detail: `${escapeMarkdown(analysis.summary)}\n\nEngine: ${escapeMarkdown(analysis.engine)}. Decision support only: verify against the record.`,
    links: [
      {
        label: 'Open the case analysis',
        url: analysis.url,
        type: analysis.linkType,
        ...(analysis.linkType === 'smart' && analysis.appContext ? { appContext: analysis.appContext } : {}),
      },
    ],
    overrideReasons: OBSERVATION_OVERRIDE_REASONS,
  });
}
