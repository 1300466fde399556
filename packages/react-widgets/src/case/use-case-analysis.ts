import { useCallback, useEffect, useState } from 'react';
import type { CaseAnalysis, CaseAnalyzeRequest, Job, Meridian } from '@meridian/sdk';

/** Where an analysis stands: starting, its job running (with progress), done, or failed. */
export type CaseAnalysisState =
  | { status: 'idle' }
  | { status: 'starting' }
  | {
      status: 'running';
      jobId: string;
      jobStatus: Job['status'];
      step: string | undefined;
      percent: number;
      attempts: number;
    }
  | { status: 'ready'; analysis: CaseAnalysis }
  | { status: 'error'; message: string };

/** What to analyse: an existing result, a running job, or a new request. */
export type CaseAnalysisSource = { analysis: CaseAnalysis } | { jobId: string } | { request: CaseAnalyzeRequest };

/** Follows a job through its server-sent events (`client.jobs.stream`) until its final event. */
async function follow(
  client: Meridian,
  jobId: string,
  signal: AbortSignal,
  set: (s: CaseAnalysisState) => void,
): Promise<void> {
  set({ status: 'running', jobId, jobStatus: 'queued', step: undefined, percent: 0, attempts: 0 });
  for await (const { event, job } of client.jobs.stream(jobId, { signal })) {
    if (event === 'completed' && job.result && 'caseSummary' in job.result)
      return set({ status: 'ready', analysis: job.result });
    if (event === 'dead' || event === 'completed') {
      return set({
        status: 'error',
        message: `the analysis job ended ${job.status}${job.error ? `: ${job.error.message}` : ''}`,
      });
    }
    set({
      status: 'running',
      jobId,
      jobStatus: job.status,
      step: job.progress?.step,
      percent: job.progress?.percent ?? 0,
      attempts: job.attempts,
    });
  }
  if (!signal.aborted) set({ status: 'error', message: 'the job stream ended before the analysis finished' });
}

/**
 * Runs or follows a case analysis: an `analysis` is shown as it is; a
 * `jobId` is followed over SSE; a `request` is submitted
 * (`client.cases.submit` with `budgetMs: 0`, so it always comes back as a
 * job) and its job followed. Nothing runs during server rendering. `start`
 * runs the request again.
 *
 * @example
 * ```ts
 * const [state, start] = useCaseAnalysis(client, { request: { patient: 'Patient/demo-ada' } }, 'Patient/demo-ada');
 * ```
 */
export function useCaseAnalysis(
  client: Meridian,
  source: CaseAnalysisSource,
  key: string,
): [CaseAnalysisState, () => void] {
  const [state, setState] = useState<CaseAnalysisState>(
    'analysis' in source ? { status: 'ready', analysis: source.analysis } : { status: 'idle' },
  );
  const [run, setRun] = useState(0);
  useEffect(() => {
    if ('analysis' in source) return setState({ status: 'ready', analysis: source.analysis });
    const controller = new AbortController();
    const set = (s: CaseAnalysisState) => void (!controller.signal.aborted && setState(s));
    (async () => {
      let jobId: string;
      if ('jobId' in source) jobId = source.jobId;
      else {
        set({ status: 'starting' });
        const answer = await client.cases.submit({ ...source.request, budgetMs: 0 });
        if (!('jobId' in answer)) return set({ status: 'ready', analysis: answer });
        jobId = answer.jobId;
      }
      await follow(client, jobId, controller.signal, set);
    })().catch((error: unknown) =>
      set({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => controller.abort();
    // `source` is a fresh object each render; `key` says when it changed.
  }, [client, key, run]);
  return [state, useCallback(() => setRun((r) => r + 1), [])];
}
