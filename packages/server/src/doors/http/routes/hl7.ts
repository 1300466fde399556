import { Router } from 'express';
import { hl7MessageQuerySchema } from '@meridian/sdk';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { reprocessHl7Message } from '../../../use-cases/hl7-ingest/reprocess-message.js';
import { listHl7MessagesAudited, type Hl7MessageCursor } from '../../../use-cases/hl7-ingest/list-messages.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const MESSAGE_ID = /^hl7m-[a-z0-9-]{1,60}$/;

function decodeCursor(cursor: string | undefined): Hl7MessageCursor | undefined {
  if (cursor === undefined) return undefined;
  const [receivedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!receivedAt || !id || Number.isNaN(Date.parse(receivedAt)) || !MESSAGE_ID.test(id)) {
    throw new OutcomeError('invalid-search-parameter', '_cursor is not one this server issued', ['_cursor']);
  }
  return { receivedAt, id };
}

/**
 * The HL7 v2 message store for operators (admin and integration keys):
 * `GET /hl7/messages?status=&_count=&_cursor=` and
 * `POST /hl7/messages/{id}/reprocess`. Both audited.
 */
export function hl7Routes(services: Services): Router {
  const router = Router();
  const operators = apiKeyRoute(services, ['admin', 'integration']);

  router.get('/hl7/messages', ...operators, async (req, res) => {
    const query = parseOrThrow(hl7MessageQuerySchema, req.query, 'query');
    const cursor = decodeCursor(query._cursor);
    const page = await listHl7MessagesAudited(services, actorOf(res), {
      status: query.status,
      count: query._count,
      cursor,
    });
    const next = page.next ? Buffer.from(`${page.next.receivedAt}|${page.next.id}`).toString('base64url') : undefined;
    res.json({ messages: page.messages, ...(next ? { nextCursor: next } : {}) });
  });

  router.post('/hl7/messages/:id/reprocess', ...operators, async (req, res) => {
    const { id } = req.params as { id: string };
    if (!MESSAGE_ID.test(id)) throw new OutcomeError('validation-failed', 'not an HL7 message id', ['id']);
    res.json(await reprocessHl7Message(services, actorOf(res), id));
  });

  return router;
}
