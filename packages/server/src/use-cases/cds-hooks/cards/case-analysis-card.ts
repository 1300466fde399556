/**
 * The card of a precomputed case analysis: its summary and a link to read it.
 *
 * @module
 */
import type { PrecomputedAnalysis } from '../precomputed-analyses.js';
import { buildCard, escapeMarkdown, type TypedCard } from './card-builder.js';
import { OBSERVATION_OVERRIDE_REASONS } from './card-codes.js';

const INDICATOR = { emergency: 'critical', urgent: 'warning', routine: 'info' } as const;
const LEVEL = { emergency: 'Emergency', urgent: 'Urgent', routine: 'Routine' } as const;

/**
 * A card with the analysis's escalation and summary, when it was computed and
 * by which engine; critical for an emergency, warning when urgent, else info,
 * so that it never reads calmer than the score cards beside it.
 *
 * @example
 * ```ts
 * caseAnalysisCard({ summary: '...', url: 'https://meridian.example.org/analyses/1', linkType: 'absolute', computedAt, engine: 'llm:ft-1' });
 * ```
 */
export function caseAnalysisCard(analysis: PrecomputedAnalysis): TypedCard {
  return buildCard({
    type: 'case-analysis',
    indicator: analysis.escalation ? INDICATOR[analysis.escalation] : 'info',
    summary: `Case analysis${analysis.escalation ? ` (escalation: ${LEVEL[analysis.escalation]})` : ' available'} computed ${analysis.computedAt.slice(0, 16).replace('T', ' ')} UTC`,
    detail: `${analysis.escalation ? `**Escalation: ${LEVEL[analysis.escalation]}.** ` : ''}${escapeMarkdown(analysis.summary)}\n\nEngine: ${escapeMarkdown(analysis.engine)}. Decision support only: verify against the record.`,
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
