import { caseAnalysisSchema, caseAnalyzeRequestSchema, type CaseAnalysis, type CaseAnalyzeRequest } from '../../schemas/case-analysis.js';
import { jobAcceptedSchema, type JobAccepted } from '../../schemas/jobs.js';
import { MeridianError } from '../errors.js';
import type { Transport } from '../transport.js';
import type { JobsResource } from './jobs.js';

/** Case analysis: structured, cited, never prescribing. Reach it as `client.cases`. */
export class CasesResource {
  constructor(
    private readonly transport: Transport,
    private readonly jobs: JobsResource,
  ) {}

  /**
   * Submits a case (`POST /cases/analyze`): the analysis when the server
   * finished within `budgetMs`, or the accepted job otherwise.
   *
   * @example
   * ```ts
   * const answer = await client.cases.submit({ patient: 'Patient/demo-ada', budgetMs: 0 });
   * if ('jobId' in answer) console.log('queued as', answer.jobId);
   * ```
   */
  async submit(request: CaseAnalyzeRequest): Promise<CaseAnalysis | JobAccepted> {
    const body = caseAnalyzeRequestSchema.parse(request);
    const answer = await this.transport.request({ method: 'POST', path: '/cases/analyze', body });
    const accepted = jobAcceptedSchema.safeParse(answer);
    return accepted.success ? accepted.data : caseAnalysisSchema.parse(answer);
  }

  /**
   * Analyses a case and resolves to the analysis, waiting on the job when
   * the server queued it.
   *
   * @example
   * ```ts
   * const analysis = await client.cases.analyze({ patient: 'Patient/demo-ada', question: 'Could this be sepsis?' });
   * console.log(analysis.escalation.level, analysis.provenance.engine);
   * ```
   */
  async analyze(request: CaseAnalyzeRequest, options: { timeoutMs?: number } = {}): Promise<CaseAnalysis> {
    const answer = await this.submit(request);
    if (!('jobId' in answer)) return answer;
    const job = await this.jobs.wait(answer.jobId, { timeoutMs: options.timeoutMs });
    if (job.status !== 'completed' || !job.result || !('caseSummary' in job.result)) throw new MeridianError(`case analysis job ${job.id} ended ${job.status}: ${job.error?.message ?? 'no result'}`);
    return caseAnalysisSchema.parse(job.result);
  }
}
