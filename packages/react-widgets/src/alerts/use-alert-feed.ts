import { useCallback, useEffect, useRef, useState } from 'react';
import type { Alert, Meridian } from '@meridian/sdk';
import { resolvePatientNames } from './patient-names.js';

/** The feed's connection: loading the first list, live, or lost (with why). */
export type FeedConnection = { status: 'loading' } | { status: 'live' } | { status: 'lost'; message: string };

/** The feed: alerts newest first, the connection, the alerts that arrived live (to announce), and patients' names. */
export interface AlertFeedState {
  alerts: Alert[];
  connection: FeedConnection;
  arrived: Alert[];
  /** Display names by `Patient/{id}`, for the patients whose record could be read. */
  names: ReadonlyMap<string, string>;
}

const reference = (patient: string) => (patient.startsWith('Patient/') ? patient : `Patient/${patient}`);

/**
 * The alerts of the tenant (or of one patient): the newest `count` first
 * (`client.alerts.list`), then each new one as it is raised
 * (`client.alerts.stream`, resuming after the newest listed; the SDK
 * reconnects where it left off). Each alert's patient is named from their
 * record (`client.fhir.read`, once per patient) before the alert is shown,
 * so it is announced with the name. When the stream is finally lost the state
 * says so, and `reconnect` resumes after the last alert seen. Nothing runs
 * during server rendering.
 *
 * @example
 * ```ts
 * const [feed, reconnect] = useAlertFeed(client, { count: 20 });
 * ```
 */
export function useAlertFeed(
  client: Meridian,
  options: { patient?: string | undefined; count: number; maxReconnects?: number | undefined },
): [AlertFeedState, () => void] {
  const [state, setState] = useState<AlertFeedState>(() => ({
    alerts: [],
    connection: { status: 'loading' },
    arrived: [],
    names: new Map(),
  }));
  // Names looked up so far (`null`: the record could not be read), kept across reconnections.
  const nameCache = useRef(new Map<string, string | null>());
  const [attempt, setAttempt] = useState(0);
  const patient = options.patient === undefined ? undefined : reference(options.patient);
  // The newest alert seen: a reconnection resumes after it.
  const newest = useRef(0);
  const shown = useRef(patient);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    if (shown.current !== patient) {
      // Another patient: start over.
      shown.current = patient;
      newest.current = 0;
      setState((s) => ({ alerts: [], connection: { status: 'loading' }, arrived: [], names: s.names }));
    }
    const named = async (alerts: readonly Alert[]) => {
      await resolvePatientNames(
        client,
        alerts.map((a) => a.patient),
        nameCache.current,
      );
      return new Map([...nameCache.current].flatMap(([ref, name]) => (name ? [[ref, name] as const] : [])));
    };
    (async () => {
      const listed = await client.alerts.list({ ...(patient ? { patient } : {}), _count: options.count });
      const listedNames = await named(listed);
      if (signal.aborted) return;
      newest.current = Math.max(newest.current, ...listed.map((a) => a.seq));
      setState((s) => {
        const known = new Map([...s.alerts, ...listed].map((a) => [a.id, a]));
        const alerts = [...known.values()]
          .sort((a, b) => b.seq - a.seq)
          .slice(0, Math.max(options.count, s.alerts.length));
        return { ...s, alerts, connection: { status: 'live' }, names: listedNames };
      });
      for await (const alert of client.alerts.stream({
        after: newest.current,
        signal,
        maxReconnects: options.maxReconnects ?? 5,
      })) {
        newest.current = Math.max(newest.current, alert.seq);
        if (patient && alert.patient !== patient) continue;
        const names = await named([alert]);
        if (signal.aborted) return;
        setState((s) =>
          s.alerts.some((a) => a.id === alert.id)
            ? s
            : { ...s, alerts: [alert, ...s.alerts], arrived: [...s.arrived, alert], names },
        );
      }
    })().catch((error: unknown) => {
      if (!signal.aborted)
        setState((s) => ({
          ...s,
          connection: { status: 'lost', message: error instanceof Error ? error.message : String(error) },
        }));
    });
    return () => controller.abort();
  }, [client, patient, options.count, attempt]);
  return [state, useCallback(() => setAttempt((a) => a + 1), [])];
}
