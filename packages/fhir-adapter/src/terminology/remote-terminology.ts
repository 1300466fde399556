/**
 * An optional FHIR terminology server, asked about codes the loaded value sets
 * do not hold: `ValueSet/$validate-code` and `CodeSystem/$subsumes` through
 * fhir-kit-client, answers cached (LRU with a TTL), every batch of questions
 * inside one time budget. A question not answered in time counts as "not a
 * member": the local sets stay the source of truth, the server only adds.
 *
 * @module
 */
import { Client } from 'fhir-kit-client';
import { LRUCache } from 'lru-cache';
import { codeKey } from './code-key.js';
import { canonicalSystem } from './code-systems.js';

/**
 * Options of {@link RemoteTerminology}.
 *
 * @example
 * ```ts
 * const options: RemoteTerminologyOptions = { baseUrl: process.env.TERMINOLOGY_URL!, budgetMs: 800 };
 * ```
 */
export interface RemoteTerminologyOptions {
  readonly baseUrl: string;
  /** Time allowed for one batch of questions (default 800 ms). */
  readonly budgetMs?: number;
  /** Most answers kept (default 10 000). */
  readonly cacheSize?: number;
  /** How long an answer is kept (default one hour). */
  readonly cacheTtlMs?: number;
  /** Most questions asked at once (default 8). */
  readonly concurrency?: number;
}

/**
 * One question: is this coding a member of this value set (by canonical URL)?
 *
 * @example
 * ```ts
 * const q: MembershipQuestion = { valueSetUrl: 'http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.526.3.376', system: 'http://snomed.info/sct', code: '703272007' };
 * ```
 */
export interface MembershipQuestion {
  readonly valueSetUrl: string;
  readonly system: string;
  readonly code: string;
}

/**
 * What a batch found out: the memberships confirmed, and how many questions
 * went unanswered (error or time budget).
 *
 * @example
 * ```ts
 * const { memberships, unanswered } = await remote.resolve(questions);
 * ```
 */
export interface MembershipAnswers {
  readonly memberships: MembershipQuestion[];
  readonly unanswered: number;
  readonly asked: number;
  readonly fromCache: number;
}

const parameter = (body: unknown, name: string): unknown => {
  const parameters = (body as { parameter?: { name?: string; valueBoolean?: unknown }[] } | undefined)?.parameter;
  return Array.isArray(parameters) ? parameters.find((p) => p?.name === name) : undefined;
};

/**
 * A client of a FHIR terminology server with a cache and a time budget.
 *
 * @example
 * ```ts
 * const remote = new RemoteTerminology({ baseUrl: 'https://tx.example.org/fhir' });
 * const { memberships } = await remote.resolve([{ valueSetUrl, system: 'http://snomed.info/sct', code: '703272007' }]);
 * ```
 */
export class RemoteTerminology {
  private readonly client: Client;
  private readonly cache: LRUCache<string, boolean>;
  private readonly budgetMs: number;
  private readonly concurrency: number;

  constructor(options: RemoteTerminologyOptions) {
    this.client = new Client({ baseUrl: options.baseUrl });
    this.cache = new LRUCache({ max: options.cacheSize ?? 10_000, ttl: options.cacheTtlMs ?? 3_600_000 });
    this.budgetMs = options.budgetMs ?? 800;
    this.concurrency = options.concurrency ?? 8;
  }

  /** `ValueSet/$validate-code`: true, false, or undefined when the server did not answer. */
  async validateCode(question: MembershipQuestion, signal?: AbortSignal): Promise<boolean | undefined> {
    const input = { url: question.valueSetUrl, system: canonicalSystem(question.system), code: question.code.trim() };
    return this.ask(
      `vc|${question.valueSetUrl}|${codeKey(question.system, question.code)}`,
      signal,
      () =>
        this.client.operation({
          name: '$validate-code',
          resourceType: 'ValueSet',
          method: 'GET',
          input,
          ...(signal ? { options: { signal } } : {}),
        }),
      (body) => parameter(body, 'result'),
    );
  }

  /** `CodeSystem/$subsumes`: whether `ancestor` subsumes (or equals) `code`; undefined when unanswered. */
  async subsumes(system: string, ancestor: string, code: string, signal?: AbortSignal): Promise<boolean | undefined> {
    const input = { system: canonicalSystem(system), codeA: ancestor, codeB: code };
    return this.ask(
      `sub|${canonicalSystem(system)}|${ancestor}|${code}`,
      signal,
      () =>
        this.client.operation({
          name: '$subsumes',
          resourceType: 'CodeSystem',
          method: 'GET',
          input,
          ...(signal ? { options: { signal } } : {}),
        }),
      (body) => {
        const outcome = (parameter(body, 'outcome') as { valueCode?: string } | undefined)?.valueCode;
        return outcome === undefined ? undefined : { valueBoolean: outcome === 'equivalent' || outcome === 'subsumes' };
      },
    );
  }

  /**
   * Ask every question (cached answers first), at most `concurrency` at a
   * time, all within the time budget; what is not answered by then is left out.
   */
  async resolve(questions: readonly MembershipQuestion[]): Promise<MembershipAnswers> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.budgetMs);
    const memberships: MembershipQuestion[] = [];
    let answered = 0;
    let fromCache = 0;
    const queue = [...questions];
    const worker = async () => {
      for (let q = queue.shift(); q && !controller.signal.aborted; q = queue.shift()) {
        const cached = this.cache.get(`vc|${q.valueSetUrl}|${codeKey(q.system, q.code)}`);
        if (cached !== undefined) fromCache++;
        const answer =
          cached ?? (controller.signal.aborted ? undefined : await this.validateCode(q, controller.signal));
        if (answer !== undefined) answered++;
        if (answer === true) memberships.push(q);
      }
    };
    try {
      const deadline = new Promise<void>((resolve) =>
        controller.signal.addEventListener('abort', () => resolve(), { once: true }),
      );
      await Promise.race([
        Promise.all(Array.from({ length: Math.min(this.concurrency, questions.length) }, worker)),
        deadline,
      ]);
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
    return {
      memberships: [...memberships],
      unanswered: questions.length - answered,
      asked: questions.length,
      fromCache,
    };
  }

  private async ask(
    key: string,
    signal: AbortSignal | undefined,
    call: () => Promise<unknown>,
    read: (body: unknown) => unknown,
  ): Promise<boolean | undefined> {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (signal?.aborted) return undefined;
    try {
      const result = read(await call()) as { valueBoolean?: unknown } | undefined;
      if (typeof result?.valueBoolean !== 'boolean') return undefined;
      this.cache.set(key, result.valueBoolean);
      return result.valueBoolean;
    } catch {
      return undefined;
    }
  }
}
