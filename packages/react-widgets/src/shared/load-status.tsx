import type { AsyncState } from './use-async.js';

/**
 * The loading and error states every widget shows the same way: a polite
 * live region while loading, an alert with a retry button on error.
 * Renders nothing once ready.
 *
 * @example
 * ```tsx
 * <LoadStatus state={state} what="risk scores" onRetry={reload} />
 * ```
 */
export function LoadStatus({
  state,
  what,
  onRetry,
}: {
  state: AsyncState<unknown>;
  what: string;
  onRetry: () => void;
}) {
  if (state.status === 'loading') {
    return (
      <p className="mw-status" role="status">
        Loading {what}…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="mw-error" role="alert">
        <p>
          Could not load {what}: {state.error.message}
        </p>
        <button type="button" className="mw-button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return null;
}
