import type { CaseAnalysisState } from './use-case-analysis.js';

const STATUS_WORDS = {
  queued: 'Queued',
  running: 'Running',
  failed: 'Attempt failed, retrying',
  completed: 'Finishing',
  dead: 'Stopped',
} as const;

/**
 * The progress of an analysis job, as its events arrive: a `<progress>` bar
 * with the current step, announced politely to screen readers.
 *
 * @example
 * ```tsx
 * <AnalysisProgress state={{ status: 'running', jobId, jobStatus: 'running', step: 'retrieve', percent: 40, attempts: 1 }} />
 * ```
 */
export function AnalysisProgress({ state }: { state: Extract<CaseAnalysisState, { status: 'starting' | 'running' }> }) {
  const running = state.status === 'running' ? state : undefined;
  const words = running
    ? `${STATUS_WORDS[running.jobStatus]}${running.step ? `: ${running.step}` : ''}`
    : 'Submitting the case…';
  return (
    <div className="mw-progress">
      <progress max={100} value={running?.percent ?? 0} aria-label="Analysis progress" />
      <p role="status" className="mw-status">
        {words}
        {running ? ` (${Math.round(running.percent)}%)` : ''}
      </p>
    </div>
  );
}
