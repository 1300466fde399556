import { useMeridian } from '../provider/meridian-provider.js';
import { Heading, type HeadingLevel } from '../shared/heading.js';
import { LoadStatus } from '../shared/load-status.js';
import { useAsync } from '../shared/use-async.js';
import { describeVerification } from './describe-audit-event.js';

/**
 * The tenant's audit hash chain, recomputed by the server
 * (`client.audit.verify()`): intact, or the first broken link and why. Part
 * of {@link AuditTrail}; usable on its own.
 *
 * @example
 * ```tsx
 * <ChainStatus headingLevel={3} />
 * ```
 */
export function ChainStatus({ headingLevel }: { headingLevel: HeadingLevel }) {
  const { client } = useMeridian();
  const [state, reload] = useAsync(() => client.audit.verify(), [client]);
  return (
    <div className="mw-chain" role="group" aria-label="Hash chain verification">
      <Heading level={headingLevel}>Hash chain</Heading>
      <LoadStatus state={state} what="the chain verification" onRetry={reload} />
      {state.status === 'ready' && (
        <p
          className={state.value.valid ? 'mw-chain--valid' : 'mw-chain--broken'}
          role={state.value.valid ? undefined : 'alert'}
        >
          <span aria-hidden="true">{state.value.valid ? '✔ ' : '✖ '}</span>
          {describeVerification(state.value)}
          {state.value.valid && state.value.headHash && (
            <span className="mw-muted">
              {' '}
              Head #{state.value.headSeq},{' '}
              <code title={state.value.headHash}>{state.value.headHash.slice(0, 12)}…</code>
            </span>
          )}
          <button type="button" className="mw-button mw-button--small" onClick={reload}>
            Verify again
          </button>
        </p>
      )}
    </div>
  );
}
