import {
  caseAnalysisSchema,
  caseAnalyzeRequestSchema,
  type CaseAnalysis,
  type CaseAnalyzeRequest,
} from '../../schemas/case-analysis.js';
import type { JobAccepted } from '../../schemas/jobs.js';
import type { Transport } from '../transport.js';
import type { JobsResource } from './jobs.js';
import { answerOrJob, settle } from './queued-answer.js';
import { checkRequest } from '../validate.js';

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
    const body = checkRequest(caseAnalyzeRequestSchema, request);
    return answerOrJob(
      await this.transport.request({ method: 'POST', path: '/cases/analyze', body }),
      caseAnalysisSchema,
    );
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
    return settle(this.jobs, await this.submit(request), caseAnalysisSchema, 'case analysis', options.timeoutMs);
  }
}
