/**
 * `@meridian/react-widgets`: embeddable, accessible React widgets over
 * `@meridian/sdk`. Wrap them in one {@link MeridianProvider}; import
 * `@meridian/react-widgets/styles.css` once for the default theme (CSS
 * variables). No window access at import time, so they render on a server.
 *
 * @packageDocumentation
 */
export {
  MeridianProvider,
  useMeridian,
  type MeridianProviderProps,
  type MeridianContextValue,
} from './provider/meridian-provider.js';
export { RiskPanel, type RiskPanelProps } from './risk/risk-panel.js';
export { ScoreCard, type ScoreCardProps } from './risk/score-card.js';
export { RiskTrends, type RiskTrendsProps } from './risk/risk-trends.js';
export { TrendChart, type TrendChartProps } from './risk/trend/trend-chart.js';
export { loadTrends, type TrendSeries, type TrendPoint, type LoadTrendsOptions } from './risk/trend/load-trends.js';
export {
  REFERENCE_ZONES,
  news2ZoneOf,
  type ReferenceZones,
  type ScoringZone,
  type ThresholdLine,
} from './risk/trend/reference-zones.js';
export {
  scoreStatus,
  totalText,
  missingInputs,
  criterionEvidence,
  warningText,
  SCORE_STATUS_LABELS,
  type ScoreStatus,
  type MissingInput,
  type Evidence,
} from './risk/describe-result.js';
export { AuditTrail, type AuditTrailProps } from './audit/audit-trail.js';
export { ChainStatus } from './audit/chain-status.js';
export {
  describeAuditEvent,
  describeVerification,
  AUDIT_ACTION_LABELS,
  AUDIT_OUTCOME_LABELS,
  AUDIT_OPERATION_LABELS,
  AUDIT_INTERACTION_LABELS,
  AGENT_KIND_LABELS,
  type AuditRow,
} from './audit/describe-audit-event.js';
export type { HeadingLevel } from './shared/heading.js';
export { CdsCards, type CdsCardsProps } from './cds/cds-cards.js';
export { CdsCardView, type CdsCardViewProps, type CdsCardHandlers } from './cds/cds-card.js';
export { MarkdownDetail } from './cds/markdown-detail.js';
export { INDICATOR_LABELS, INDICATOR_ORDER } from './cds/indicator.js';
export { cdsFeedbackPoster } from './cds/feedback-poster.js';
export { CaseAnalysis, STANDING_DISCLAIMER, type CaseAnalysisProps } from './case/case-analysis.js';
export { useCaseAnalysis, type CaseAnalysisState, type CaseAnalysisSource } from './case/use-case-analysis.js';
export { AnalysisProgress } from './case/analysis-progress.js';
export { DifferentialList, Citations, LIKELIHOOD_LABELS, rangeText } from './case/differential-list.js';
export { RedFlagList, EscalationAdvice, URGENCY_LABELS } from './case/red-flag-list.js';
export { ProvenanceNote, engineText } from './case/provenance-note.js';
export type { EngineFacts } from './shared/provenance-list.js';
export { CitationSource, citationLabel } from './case/citation-source.js';
export { describeResource } from './case/describe-resource.js';
export { AlertsFeed, type AlertsFeedProps } from './alerts/alerts-feed.js';
export { useAlertFeed, type AlertFeedState, type FeedConnection } from './alerts/use-alert-feed.js';
export { describeAlert, alertScoreText, isUrgent, ALERT_SEVERITY_LABELS } from './alerts/describe-alert.js';
export { resolvePatientNames } from './alerts/patient-names.js';
export { ExtractionView, type ExtractionViewProps } from './extraction/extraction-view.js';
export { HighlightedNote } from './extraction/highlighted-note.js';
export { MentionDetail } from './extraction/mention-detail.js';
export { MentionGroups } from './extraction/mention-groups.js';
export { ExtractionFacts, extractionEngineText, ONCOLOGY_FIELD_LABELS } from './extraction/extraction-facts.js';
export {
  mentionsOf,
  mentionLabel,
  ASSERTION_LABELS,
  type Mention,
  type AssertionCode,
} from './extraction/describe-mention.js';
export { segmentNote, type NoteSpan, type NoteSegment } from './extraction/segments.js';
export { PatientSummary, SUMMARY_SECTION_LABELS, type PatientSummaryProps } from './summary/patient-summary.js';
export { SummarySentenceView, type ResourceIndex } from './summary/sentence-sources.js';
export { TrendList } from './summary/trend-list.js';
export { trendText, TREND_DIRECTION_TEXT } from './summary/describe-trend.js';
export { summaryEngineText, SummaryProvenanceNote } from './summary/summary-provenance.js';
