import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the scripted model answers one chat request. */
export interface ScriptedReply {
  /** The assistant message's content: an object is sent as its JSON text. */
  content?: unknown;
  /** An HTTP error status instead of an answer. */
  status?: number;
  /** Close the socket without answering. */
  drop?: boolean;
  /** Wait before answering. */
  delayMs?: number;
}

/** A chat request as the server received it. */
export interface ReceivedChat {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
  stream?: boolean;
}

/** The dimension of the server's deterministic embeddings. */
export const FAKE_EMBEDDING_DIMENSIONS = 256;

const STOPWORDS = new Set(
  'a an and the of to in on for with from by at is are be or as that this it its into when which who what after before than then there their'.split(
    ' ',
  ),
);

/**
 * A deterministic embedding: hashed word stems, L2-normalised, so texts
 * sharing words are close. Stands in for an embedding model in tests.
 *
 * @example
 * ```ts
 * fakeEmbedding('sepsis in adults').length; // 64
 * ```
 */
export function fakeEmbedding(text: string): number[] {
  const v = new Array<number>(FAKE_EMBEDDING_DIMENSIONS).fill(0);
  // Crude stems (common suffixes off, first five letters) of the words that are not stop words: a lexical stand-in for a model.
  const tokens = (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((t) => !STOPWORDS.has(t))
    .map((t) =>
      t
        .replace(/(ing|ed|es|s|ly)$/, '')
        .replace(/([b-df-hj-np-tv-z])\1$/, '$1')
        .slice(0, 5),
    );
  for (const f of tokens) {
    const h = createHash('sha1').update(f).digest();
    v[h.readUInt16BE(0) % FAKE_EMBEDDING_DIMENSIONS]! += h[2]! & 1 ? 1 : -1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

/**
 * An OpenAI-compatible HTTP server for tests, playing the model: each chat
 * request is answered by `script` (valid JSON, invalid JSON, dosing text,
 * slow answers, 500s, dropped connections), streamed when asked;
 * `/v1/embeddings` answers {@link fakeEmbedding}s. Every request is recorded.
 *
 * @example
 * ```ts
 * const model = await startFakeModelServer(() => ({ content: { caseSummary: '...' } }));
 * const endpoint = { baseUrl: model.baseUrl, models: [{ model: 'test-model' }] };
 * ```
 */
export async function startFakeModelServer(
  script: (request: ReceivedChat, index: number) => ScriptedReply | Promise<ScriptedReply>,
) {
  const chats: ReceivedChat[] = [];
  let embeddingCalls = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (req.url?.endsWith('/embeddings')) {
      embeddingCalls++;
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          object: 'list',
          model: body.model,
          data: inputs.map((t, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(t) })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        }),
      );
      return;
    }
    const request = body as ReceivedChat;
    chats.push(request);
    const reply = await script(request, chats.length - 1);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.drop) return void req.socket.destroy();
    if (reply.status) {
      res.statusCode = reply.status;
      res.setHeader('content-type', 'application/json');
      return void res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
    }
    const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content ?? {});
    const usage = {
      prompt_tokens: 100,
      completion_tokens: Math.ceil(content.length / 4),
      total_tokens: 100 + Math.ceil(content.length / 4),
    };
    const base = { id: `chatcmpl-${chats.length}`, created: 0, model: request.model };
    if (request.stream) {
      res.setHeader('content-type', 'text/event-stream');
      for (let i = 0; i < content.length; i += 40) {
        res.write(
          `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: content.slice(i, i + 40) }, finish_reason: null }] })}\n\n`,
        );
      }
      res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage })}\n\n`);
      return void res.end('data: [DONE]\n\n');
    }
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage,
      }),
    );
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    chats,
    embeddingCalls: () => embeddingCalls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fake model server. */
export type FakeModelServer = Awaited<ReturnType<typeof startFakeModelServer>>;
