import { randomBytes } from 'node:crypto';
import type { LlmEndpointConfig } from '../../platform/llm/llm-config.js';
import { createLlmGateway, type LlmGateway } from '../../platform/llm/llm-gateway.js';
import type { LlmMetrics } from '../../platform/llm/llm-metrics.js';
import { createPostgresRetriever, type PostgresRetriever } from '../../platform/rag/postgres-retriever.js';

/** What case analysis needs besides the database: the model gateway, the default endpoint, the encryption key, retrieval. */
export interface CaseAnalysisServices {
  gateway: LlmGateway;
  /** The environment's endpoint (`LLM_BASE_URL`), used by tenants without their own; `null`: rules engine. */
  defaultEndpoint: LlmEndpointConfig | null;
  /** AES-256-GCM key for escalation records, job payloads and tenant API keys. */
  encryptionKey: Buffer;
  retriever: PostgresRetriever;
}

/** What {@link createCaseAnalysisServices} takes; all optional. */
export interface CaseAnalysisOptions {
  defaultEndpoint?: LlmEndpointConfig | null | undefined;
  encryptionKey?: Buffer | undefined;
  retriever?: PostgresRetriever | undefined;
  gateway?: LlmGateway | undefined;
}

/**
 * Builds the case-analysis services. Without a key, a random one is made
 * (fine for tests and a throw-away embedded run; records do not survive a
 * restart with a different key).
 *
 * @example
 * ```ts
 * const caseAnalysis = createCaseAnalysisServices({ defaultEndpoint: llmConfigFromEnv(process.env) }, llmMetrics);
 * ```
 */
export function createCaseAnalysisServices(
  options: CaseAnalysisOptions = {},
  metrics?: LlmMetrics,
): CaseAnalysisServices {
  return {
    gateway: options.gateway ?? createLlmGateway({ metrics }),
    defaultEndpoint: options.defaultEndpoint ?? null,
    encryptionKey: options.encryptionKey ?? randomBytes(32),
    retriever: options.retriever ?? createPostgresRetriever(),
  };
}
