import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Meridian } from '@meridian/sdk';
import {
  AlertsFeed,
  AuditTrail,
  CaseAnalysis,
  CdsCards,
  ExtractionView,
  MeridianProvider,
  PatientSummary,
  RiskPanel,
  STANDING_DISCLAIMER,
} from './index.js';

// Runs in vitest's node environment: no window, no document.
describe('server rendering', () => {
  it('imports and renders every widget without a DOM, showing the loading state and fetching nothing', () => {
    expect(typeof window).toBe('undefined');
    let calls = 0;
    const client = new Meridian({
      baseUrl: 'http://meridian.invalid',
      fetch: async () => (calls++, new Response('{}')),
    });
    const markup = renderToString(
      <MeridianProvider client={client}>
        <RiskPanel patient="Patient/demo-ada" />
        <AuditTrail patient="Patient/demo-ada" />
        <CaseAnalysis patient="Patient/demo-ada" />
        <AlertsFeed />
        <ExtractionView text="Denies chest pain." />
        <ExtractionView initialText="BP 148/92 mmHg." title="Editable note" />
        <PatientSummary patient="Patient/demo-ada" />
        <CdsCards
          cards={[
            {
              uuid: 'c1',
              summary: 'NEWS2 7: high clinical risk',
              indicator: 'critical',
              detail: '**Escalate** now',
              source: { label: 'Meridian' },
            },
          ]}
        />
      </MeridianProvider>,
    );
    const html = markup.replaceAll('<!-- -->', '');
    expect(html).toContain('Loading risk scores…');
    expect(html).toContain('Loading audit events…');
    expect(html).toContain('role="status"');
    // The case analysis: its disclaimer from the first byte, nothing started.
    expect(html).toContain(STANDING_DISCLAIMER);
    expect(html).toContain('Preparing the analysis…');
    // The alerts feed: connecting, its live regions present (empty) so later announcements are heard.
    expect(html).toContain('Connecting…');
    expect(html).toContain('aria-live="assertive"');
    // Cards come as props: rendered in full, Markdown included.
    expect(html).toContain('<strong>Escalate</strong> now');
    expect(html).toContain('NEWS2 7: high clinical risk');
    // The extraction view and the summary: loading, the editable note's textarea holding its text.
    expect(html).toContain('Loading the extraction…');
    expect(html).toMatch(/<textarea[^>]*>BP 148\/92 mmHg\.<\/textarea>/);
    expect(html).toContain('Loading the summary…');
    expect(calls).toBe(0);
  });

  it('refuses to render a widget outside a provider, saying why', () => {
    expect(() => renderToString(<RiskPanel patient="Patient/1" />)).toThrow(/inside <MeridianProvider/);
  });
});
