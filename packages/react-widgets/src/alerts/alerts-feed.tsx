import { useId } from 'react';
import { useMeridian } from '../provider/meridian-provider.js';
import { formatDateTime } from '../shared/format.js';
import { Heading, type HeadingLevel } from '../shared/heading.js';
import { shortReference } from '@meridian/sdk';
import { alertScoreText, describeAlert, isUrgent } from './describe-alert.js';
import { useAlertFeed } from './use-alert-feed.js';

/** Props of {@link AlertsFeed}. */
export interface AlertsFeedProps {
  /** Only this patient's alerts, `Patient/{id}` (default: the tenant's). */
  patient?: string | undefined;
  /** How many to list at first (default 20). */
  count?: number | undefined;
  /** Reconnections the SDK tries before the feed says it is lost (default 5). */
  maxReconnects?: number | undefined;
  /** Level of the widget's heading (default 2). */
  headingLevel?: HeadingLevel | undefined;
  /** The widget's heading (default `Alerts`). */
  title?: string | undefined;
  className?: string | undefined;
}

/**
 * Risk alerts as they are raised: the newest first, then each new one over
 * server-sent events, each naming its patient (read from the record through
 * the SDK; a shortened reference when the record cannot be read, the full
 * one in its title). New alerts are announced in a live region, politely,
 * and assertively when urgent (high severity); the connection's state is
 * shown, with a way to reconnect when it is lost.
 *
 * @example
 * ```tsx
 * <MeridianProvider client={client}>
 *   <AlertsFeed count={10} />
 * </MeridianProvider>
 * ```
 */
export function AlertsFeed({
  patient,
  count = 20,
  maxReconnects,
  headingLevel = 2,
  title = 'Alerts',
  className,
}: AlertsFeedProps) {
  const { client, locale, timeZone } = useMeridian();
  const id = useId();
  const [feed, reconnect] = useAlertFeed(client, { patient, count, maxReconnects });
  const latest = feed.arrived.at(-1);
  const nameOf = (alert: { patient: string }) => feed.names.get(alert.patient);
  const { connection } = feed;
  return (
    <section className={`meridian-widget mw-alerts ${className ?? ''}`.trim()} aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      <p className={`mw-alerts__connection mw-alerts__connection--${connection.status}`}>
        {connection.status === 'loading' && 'Connecting…'}
        {connection.status === 'live' && 'Live: new alerts appear here as they are raised.'}
        {connection.status === 'lost' && `Connection lost: ${connection.message}`}
        {connection.status === 'lost' && (
          <button type="button" className="mw-button mw-button--small" onClick={reconnect}>
            Reconnect
          </button>
        )}
      </p>
      <div className="mw-visually-hidden" aria-live="polite" aria-atomic="true">
        {latest && !isUrgent(latest) ? `New alert. ${describeAlert(latest, nameOf(latest))}` : ''}
      </div>
      <div className="mw-visually-hidden" aria-live="assertive" aria-atomic="true">
        {latest && isUrgent(latest) ? `New urgent alert. ${describeAlert(latest, nameOf(latest))}` : ''}
      </div>
      {connection.status !== 'loading' && feed.alerts.length === 0 && (
        <p>No alerts{patient ? ` for ${patient}` : ''} yet.</p>
      )}
      {feed.alerts.length > 0 && (
        <ul className="mw-plain-list mw-alerts__list" aria-label={`${title}, newest first`}>
          {feed.alerts.map((alert) => (
            <li key={alert.id} className={`mw-alert mw-alert--${alert.severity}`}>
              <strong className="mw-alert__patient" title={alert.patient}>
                {nameOf(alert) ?? shortReference(alert.patient)}
              </strong>{' '}
              <span className="mw-alert__text">{alertScoreText(alert)}</span>{' '}
              <time className="mw-muted" dateTime={alert.createdAt}>
                {formatDateTime(alert.createdAt, locale, timeZone)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
