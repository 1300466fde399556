import { alertListSchema, alertQuerySchema, alertSchema, type Alert, type AlertQuery } from '../../schemas/alerts.js';
import { MeridianConnectionError } from '../errors.js';
import { readServerSentEvents } from '../sse.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** Options of {@link AlertsResource.stream}. */
export interface AlertStreamOptions {
  /** Resume after this alert `seq` (default: only alerts raised from now on). */
  after?: number;
  /** Stops the stream. */
  signal?: AbortSignal;
  /** Reconnections after the connection drops, resuming after the last alert seen (default 5). */
  maxReconnects?: number;
}

/**
 * Alerts raised when a patient's risk crosses a threshold as data arrives
 * (NEWS2 5–6 or 7+, qSOFA 2+), each with its FHIR DetectedIssue. Reach it as
 * `client.alerts`.
 */
export class AlertsResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Lists alerts, newest first (`GET /alerts`).
   *
   * @example
   * ```ts
   * const alerts = await client.alerts.list({ patient: 'Patient/123' });
   * ```
   */
  async list(query: AlertQuery = {}): Promise<Alert[]> {
    const q = checkRequest(alertQuerySchema, query);
    return checkResponse(alertListSchema, await this.transport.request({ method: 'GET', path: '/alerts', query: q }))
      .alerts;
  }

  /**
   * Yields alerts as they are raised (`GET /alerts/stream`, Server-Sent
   * Events), reconnecting where it left off when the connection drops.
   *
   * @example
   * ```ts
   * const controller = new AbortController();
   * for await (const alert of client.alerts.stream({ signal: controller.signal })) {
   *   console.log(alert.patient, alert.rule);
   * }
   * ```
   */
  async *stream(options: AlertStreamOptions = {}): AsyncGenerator<Alert> {
    let last = options.after;
    let reconnects = 0;
    const maxReconnects = options.maxReconnects ?? 5;
    while (!options.signal?.aborted) {
      let body: ReadableStream<Uint8Array>;
      try {
        body = await this.transport.openStream(
          { path: '/alerts/stream', query: last === undefined ? {} : { after: last } },
          { signal: options.signal },
        );
      } catch (error) {
        if (options.signal?.aborted) return;
        if (!(error instanceof MeridianConnectionError) || reconnects >= maxReconnects) throw error;
        reconnects += 1;
        await new Promise((r) => setTimeout(r, 250 * 2 ** reconnects));
        continue;
      }
      try {
        for await (const event of readServerSentEvents(body)) {
          if (event.event !== 'alert') continue;
          const alert = checkResponse(alertSchema, JSON.parse(event.data));
          last = alert.seq;
          reconnects = 0;
          yield alert;
        }
      } catch (error) {
        if (options.signal?.aborted) return;
        if (reconnects >= maxReconnects)
          throw new MeridianConnectionError(`alert stream lost: ${(error as Error).message}`, { cause: error });
      }
      if (options.signal?.aborted) return;
      reconnects += 1;
      if (reconnects > maxReconnects) throw new MeridianConnectionError('alert stream closed by the server too often');
    }
  }
}
