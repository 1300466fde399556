import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredCollection {
  id: string;
  name: string;
  items: Map<string, { embedding: number[]; document: string | null; metadata: unknown }>;
}

const cosineDistance = (a: number[], b: number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return 1 - dot / (Math.sqrt(na * nb) || 1);
};

/**
 * An HTTP server answering the Chroma v2 endpoints the `chromadb` client
 * calls (pre-flight checks, get-or-create collection, upsert, query), with
 * real storage and cosine ranking, because Chroma's own server cannot run on
 * these machines (its binary needs glibc 2.38). Every request is recorded.
 *
 * @example
 * ```ts
 * const chroma = await startFakeChromaServer();
 * const store = createChromaVectorStore({ url: chroma.url });
 * ```
 */
export async function startFakeChromaServer() {
  const collections = new Map<string, StoredCollection>();
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const json = body ? JSON.parse(body) : {};
    const path = new URL(req.url!, 'http://x').pathname;
    requests.push(`${req.method} ${path}`);
    res.setHeader('content-type', 'application/json');
    if (path === '/api/v2/pre-flight-checks')
      return void res.end(JSON.stringify({ max_batch_size: 1000, supports_base64_encoding: false }));
    const base = /^\/api\/v2\/tenants\/([^/]+)\/databases\/([^/]+)\/collections(?:\/([^/]+)\/(upsert|query))?$/.exec(
      path,
    );
    if (!base || req.method !== 'POST')
      return void ((res.statusCode = 404), res.end(JSON.stringify({ error: 'NotFound', message: path })));
    const [, tenant, database, collectionId, action] = base;
    if (!action) {
      let c = [...collections.values()].find((x) => x.name === json.name);
      if (!c) collections.set((c = { id: randomUUID(), name: json.name, items: new Map() }).id, c);
      return void res.end(
        JSON.stringify({
          id: c.id,
          name: c.name,
          configuration_json: {},
          metadata: json.metadata ?? null,
          dimension: null,
          tenant,
          database,
          log_position: 0,
          version: 0,
        }),
      );
    }
    const c = collections.get(collectionId!);
    if (!c) return void ((res.statusCode = 404), res.end(JSON.stringify({ error: 'NotFound', message: 'collection' })));
    if (action === 'upsert') {
      (json.ids as string[]).forEach((id, i) =>
        c.items.set(id, {
          embedding: json.embeddings[i],
          document: json.documents?.[i] ?? null,
          metadata: json.metadatas?.[i] ?? null,
        }),
      );
      return void res.end('{}');
    }
    const ranked = (json.query_embeddings as number[][]).map((q) =>
      [...c.items]
        .map(([id, item]) => ({ id, distance: cosineDistance(q, item.embedding) }))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, json.n_results ?? 10),
    );
    res.end(
      JSON.stringify({
        ids: ranked.map((r) => r.map((x) => x.id)),
        distances: ranked.map((r) => r.map((x) => x.distance)),
        documents: null,
        metadatas: null,
        embeddings: null,
        include: ['distances'],
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
    url: `http://127.0.0.1:${port}`,
    requests,
    collections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
