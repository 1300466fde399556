/**
 * A minimal Server-Sent Events reader (the `text/event-stream` format): no
 * dependency, runs wherever `fetch` streams bodies (Node 20+, browsers).
 * Internal to the SDK.
 */

/** One event: its id, type and data (multi-line data joined with LF). */
export interface ServerSentEvent {
  id?: string;
  event: string;
  data: string;
}

/**
 * Reads the events of a stream, in order, until it ends.
 *
 * @example
 * ```ts
 * for await (const event of readServerSentEvents(body)) console.log(event.event, event.data);
 * ```
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event: { id?: string; event?: string; data: string[] } = { data: [] };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (event.data.length > 0)
            yield {
              ...(event.id !== undefined ? { id: event.id } : {}),
              event: event.event ?? 'message',
              data: event.data.join('\n'),
            };
          event = { data: [] };
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const text = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') event.data.push(text);
        else if (field === 'event') event.event = text;
        else if (field === 'id') event.id = text;
      }
    }
  } finally {
    reader.releaseLock();
    await body.cancel().catch(() => undefined);
  }
}
