import { useId, useState } from 'react';
import type { AuditEvent, AuditPage } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { formatDateTime } from '../shared/format.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { LoadStatus } from '../shared/load-status.js';
import { useAsync } from '../shared/use-async.js';
import { ChainStatus } from './chain-status.js';
import { describeAuditEvent } from './describe-audit-event.js';

/** Props of {@link AuditTrail}. */
export interface AuditTrailProps {
  /** The patient whose trail to show, `Patient/{id}`. */
  patient: string;
  /** Events per page (default 20; 1–1000). */
  pageSize?: number | undefined;
  /** Verify the tenant's hash chain too (default `true`; needs an admin or auditor key). */
  verify?: boolean | undefined;
  /** Level of the widget's heading (default 2). */
  headingLevel?: HeadingLevel | undefined;
  /** The widget's heading (default `Audit trail`). */
  title?: string | undefined;
  className?: string | undefined;
}

const nextOf = (page: AuditPage | undefined) =>
  page?.bundle.link?.some((l) => l.relation === 'next') ? page.next : undefined;

interface Loaded {
  events: AuditEvent[];
  next: AuditPage['next'] | undefined;
}

/**
 * Who read or changed a patient's record, newest first (`client.audit.search`,
 * a page at a time), and whether the tenant's tamper-evident hash chain
 * verifies (`client.audit.verify`). Reading the trail is itself audited.
 *
 * @example
 * ```tsx
 * <MeridianProvider client={client}>
 *   <AuditTrail patient="Patient/demo-ada" pageSize={10} />
 * </MeridianProvider>
 * ```
 */
export function AuditTrail({
  patient,
  pageSize = 20,
  verify = true,
  headingLevel = 2,
  title = 'Audit trail',
  className,
}: AuditTrailProps) {
  const { client, locale, timeZone } = useMeridian();
  const id = useId();
  const [more, setMore] = useState<{ forKey: string; loaded: Loaded; busy: boolean; error?: string }>();
  const key = `${patient}|${pageSize}`;
  const [state, reload] = useAsync(async (): Promise<Loaded> => {
    const page = await client.audit.search({ patient, _count: pageSize });
    return { events: page.events, next: nextOf(page) };
  }, [client, key]);
  const loaded = more?.forKey === key ? more.loaded : state.status === 'ready' ? state.value : undefined;

  async function loadMore() {
    if (!loaded?.next) return;
    setMore({ forKey: key, loaded, busy: true });
    try {
      const page = await loaded.next();
      setMore({
        forKey: key,
        busy: false,
        loaded: { events: [...loaded.events, ...(page?.events ?? [])], next: nextOf(page) },
      });
    } catch (error) {
      setMore({ forKey: key, busy: false, loaded, error: (error as Error).message });
    }
  }

  const rows = loaded?.events.map(describeAuditEvent) ?? [];
  const at = (iso: string) => formatDateTime(iso, locale, timeZone);
  return (
    <section className={`meridian-widget mw-audit-trail ${className ?? ''}`.trim()} aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      {verify && <ChainStatus headingLevel={subLevel(headingLevel) as HeadingLevel} />}
      <LoadStatus state={state} what="audit events" onRetry={reload} />
      {loaded && (
        <>
          <table className="mw-table mw-audit-table">
            <caption>
              Accesses to {patient}, newest first ({rows.length} shown)
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Who</th>
                <th scope="col">Outcome</th>
                <th scope="col">Resources</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <time dateTime={row.recorded}>{at(row.recorded)}</time>
                  </td>
                  <td>
                    {row.action} <span className="mw-muted">{row.interaction}</span>
                  </td>
                  <td>{row.who}</td>
                  <td className={row.outcome === 'Success' ? undefined : 'mw-outcome--refused'}>
                    {row.outcome}
                    {row.outcomeDetail && <span className="mw-muted"> ({row.outcomeDetail})</span>}
                  </td>
                  <td>
                    <ul className="mw-plain-list">
                      {row.entities.slice(0, 4).map((reference) => (
                        <li key={reference}>
                          <code>{reference}</code>
                        </li>
                      ))}
                      {row.entities.length > 4 && <li className="mw-muted">and {row.entities.length - 4} more</li>}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p>No recorded access to this patient.</p>}
          {more?.forKey === key && more.error && (
            <p role="alert" className="mw-error">
              Could not load more events: {more.error}
            </p>
          )}
          {loaded.next && (
            <button
              type="button"
              className="mw-button"
              onClick={() => void loadMore()}
              disabled={more?.forKey === key && more.busy}
            >
              {more?.forKey === key && more.busy ? 'Loading…' : 'Load older events'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
