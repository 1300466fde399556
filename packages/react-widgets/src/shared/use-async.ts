import { useCallback, useEffect, useState } from 'react';

/** The state of an asynchronous load: loading, its value, or its error. */
export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * Runs `load` after render whenever `deps` change, ignoring answers that
 * arrive after a newer load started or after unmount. Runs nothing during
 * server rendering (effects do not run there), so widgets render their
 * loading state on the server.
 *
 * @example
 * ```tsx
 * const [state, reload] = useAsync(() => client.audit.verify(), [client]);
 * if (state.status === 'ready') return <p>{state.value.valid ? 'intact' : 'broken'}</p>;
 * ```
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) =>
        current && setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; the caller's deps decide when to reload.
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload];
}
