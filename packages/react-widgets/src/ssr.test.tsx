import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Meridian } from '@meridian/sdk';
import { AuditTrail, MeridianProvider, RiskPanel } from './index.js';

// Runs in vitest's node environment: no window, no document.
describe('server rendering', () => {
  it('imports and renders every widget without a DOM, showing the loading state and fetching nothing', () => {
    expect(typeof window).toBe('undefined');
    let calls = 0;
    const client = new Meridian({ baseUrl: 'http://meridian.invalid', fetch: async () => (calls++, new Response('{}')) });
    const markup = renderToString(
      <MeridianProvider client={client}>
        <RiskPanel patient="Patient/demo-ada" />
        <AuditTrail patient="Patient/demo-ada" />
      </MeridianProvider>,
    );
    const html = markup.replaceAll('<!-- -->', '');
    expect(html).toContain('Loading risk scores…');
    expect(html).toContain('Loading audit events…');
    expect(html).toContain('role="status"');
    expect(calls).toBe(0);
  });

  it('refuses to render a widget outside a provider, saying why', () => {
    expect(() => renderToString(<RiskPanel patient="Patient/1" />)).toThrow(/inside <MeridianProvider/);
  });
});
