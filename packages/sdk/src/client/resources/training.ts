import {
  trainingExportQuerySchema,
  trainingExportResponseSchema,
  type TrainingExportQuery,
  type TrainingExportResponse,
} from '../../schemas/training.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** Fine-tuning data from the feedback loop. Reach it as `client.training`. */
export class TrainingResource {
  constructor(private readonly transport: Transport) {}

  /**
   * The tenant's CDS Hooks feedback and case-analysis escalations as chat
   * fine-tuning examples, every text scrubbed of PHI (`GET
   * /training/export`, admin or operator). For the JSONL file itself, call
   * the endpoint without `format=json`.
   *
   * @example
   * ```ts
   * const { examples } = await client.training.export({ tenant: 'st-marys' });
   * const jsonl = examples.map((e) => JSON.stringify(e)).join('\n');
   * ```
   */
  async export(query: Omit<TrainingExportQuery, 'format'> = {}): Promise<TrainingExportResponse> {
    const { tenant } = checkRequest(trainingExportQuerySchema, query);
    return checkResponse(
      trainingExportResponseSchema,
      await this.transport.request({
        method: 'GET',
        path: '/training/export',
        query: { format: 'json', ...(tenant ? { tenant } : {}) },
      }),
    );
  }
}
