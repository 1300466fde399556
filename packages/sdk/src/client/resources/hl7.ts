import {
  hl7MessageListSchema,
  hl7MessageQuerySchema,
  hl7MessageSummarySchema,
  type Hl7MessageList,
  type Hl7MessageQuery,
  type Hl7MessageSummary,
} from '../../schemas/hl7.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/**
 * The HL7 v2 message store (admin and integration keys): list what the MLLP
 * listener received, and reprocess a message that failed. Reach it as
 * `client.hl7`.
 */
export class Hl7Resource {
  constructor(private readonly transport: Transport) {}

  /**
   * Lists stored messages, newest first (`GET /hl7/messages`).
   *
   * @example
   * ```ts
   * const { messages, nextCursor } = await client.hl7.messages({ status: 'failed' });
   * ```
   */
  async messages(query: Hl7MessageQuery = {}): Promise<Hl7MessageList> {
    const q = checkRequest(hl7MessageQuerySchema, query);
    return checkResponse(
      hl7MessageListSchema,
      await this.transport.request({ method: 'GET', path: '/hl7/messages', query: q }),
    );
  }

  /**
   * Maps and applies a stored message again with the current mapping
   * (`POST /hl7/messages/{id}/reprocess`); returns the message's new state.
   *
   * @example
   * ```ts
   * const m = await client.hl7.reprocess('hl7m-1a2b3c');
   * m.status; // 'processed'
   * ```
   */
  async reprocess(id: string): Promise<Hl7MessageSummary> {
    const body = await this.transport.request({
      method: 'POST',
      path: `/hl7/messages/${encodeURIComponent(id)}/reprocess`,
    });
    return checkResponse(hl7MessageSummarySchema, body);
  }
}
