import { randomUUID } from 'node:crypto';
import { maxHeaderSize as defaultMaxHeaderSize, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import type { Logger } from '../../platform/telemetry/logger.js';

/**
 * What Node's HTTP parser refused, as the OperationOutcome to answer. Node
 * answers these itself, with a bare status line and no body, unless the
 * server handles `clientError`.
 */
function outcomeForClientError(code: string | undefined, maxHeaderSize: number): OutcomeError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new OutcomeError(
        'request-header-fields-too-large',
        `the request line and headers exceed this server's limit (${maxHeaderSize.toLocaleString('en-US')} bytes): shorten the URL or the headers`,
      );
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new OutcomeError('payload-too-large', 'the chunk extensions of the request body are too large');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new OutcomeError('request-timeout', 'the request was not received in time');
    default:
      return new OutcomeError('validation-failed', 'the request is not valid HTTP/1.1');
  }
}

/**
 * A complete raw HTTP/1.1 response carrying an error's OperationOutcome, for
 * the sockets Express never sees. The connection is closed after it.
 *
 * @example
 * ```ts
 * socket.end(rawOutcomeResponse(new OutcomeError('request-header-fields-too-large', 'too big'), 'req-1'));
 * ```
 */
export function rawOutcomeResponse(error: OutcomeError, requestId: string): string {
  const body = JSON.stringify(error.toOutcome());
  return [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}`,
    'Content-Type: application/fhir+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    `X-Request-Id: ${requestId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Answers what Node's HTTP parser refuses before Express runs (headers or URL
 * too large: 431; malformed requests: 400; slow requests: 408) with an
 * OperationOutcome, as Express answers everything else. Like Node's default,
 * nothing is written when a response has already started on the socket.
 * Logged with the error code only: the raw packet holds headers (credentials).
 *
 * @example
 * ```ts
 * const server = http.createServer(app);
 * answerClientErrors(server, logger);
 * ```
 */
export function answerClientErrors(server: Server, logger?: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const requestId = randomUUID();
    // Set from createServer({ maxHeaderSize }) (Node stores it on the server; the types omit it).
    const limit = (server as Server & { maxHeaderSize?: number }).maxHeaderSize ?? defaultMaxHeaderSize;
    const outcome = outcomeForClientError(error.code, limit);
    logger?.warn({ requestId, status: outcome.status, errorCode: error.code }, 'refused by the HTTP parser');
    socket.end(rawOutcomeResponse(outcome, requestId));
  });
}
