import { useState, type FormEvent } from 'react';

/**
 * Asks for an API key when the server did not put one in the page. The key
 * stays in this page's memory only.
 *
 * @example
 * ```tsx
 * <KeyForm withheld={config.keyWithheld} onKey={setKey} />
 * ```
 */
export function KeyForm({ withheld, onKey }: { withheld: boolean; onKey: (key: string) => void }) {
  const [value, setValue] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim()) onKey(value.trim());
  }
  return (
    <form className="portal-key" onSubmit={submit}>
      <h2>Connect with an API key</h2>
      <p>
        {withheld
          ? 'This server gives its demo key only to a browser on its own machine. Paste the key it printed at start.'
          : 'Paste a Meridian API key of this server (admin or clinician and auditor rights). It stays in this page only.'}
      </p>
      <label htmlFor="portal-key">API key</label>
      <input
        id="portal-key"
        type="password"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="portal-button">
        Connect
      </button>
    </form>
  );
}
