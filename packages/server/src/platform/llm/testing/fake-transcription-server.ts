import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One transcription request as the server received it. */
export interface ReceivedTranscription {
  model: string;
  fileName: string;
  contentType: string;
  bytes: number;
  authorization: string | undefined;
}

/**
 * An OpenAI-compatible Whisper endpoint for tests: answers
 * `POST /v1/audio/transcriptions` (multipart: `file`, `model`) with
 * `{ text }` from `script` (or an HTTP error status), reading the multipart
 * body with the platform's `Request.formData()`. Every request is recorded.
 *
 * @example
 * ```ts
 * const whisper = await startFakeTranscriptionServer(() => ({ text: 'Patient reports chest pain.' }));
 * const config = { baseUrl: whisper.baseUrl, model: 'whisper-1' };
 * ```
 */
export async function startFakeTranscriptionServer(
  script: (received: ReceivedTranscription, index: number) => { text?: string; status?: number },
) {
  const received: ReceivedTranscription[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/audio/transcriptions')) {
      res.statusCode = 404;
      return void res.end();
    }
    const form = await new Request('http://fake/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: Buffer.concat(chunks),
    }).formData();
    const file = form.get('file') as File;
    const entry = {
      model: String(form.get('model')),
      fileName: file.name,
      contentType: file.type,
      bytes: file.size,
      authorization: req.headers.authorization,
    };
    received.push(entry);
    const reply = script(entry, received.length - 1);
    res.setHeader('content-type', 'application/json');
    if (reply.status) {
      res.statusCode = reply.status;
      return void res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
    }
    res.end(JSON.stringify({ text: reply.text ?? '' }));
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
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
