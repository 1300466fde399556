import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves a request listener (the Express app) on an ephemeral loopback port,
 * for tests that call it over real HTTP (the SDK, fetch).
 *
 * @example
 * ```ts
 * const { baseUrl, close } = await listen(t.app);
 * ```
 */
export async function listen(
  app: RequestListener,
): Promise<{ server: Server; baseUrl: string; close: () => Promise<void> }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
