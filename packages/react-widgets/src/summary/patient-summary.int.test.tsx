// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meridian } from '@meridian/sdk';
import { startDemoServer, type DemoServer } from '../testing/demo-server.js';
import { renderWithClient } from '../testing/render.js';
import { PatientSummary } from './patient-summary.js';

describe('<PatientSummary> against the real server', () => {
  let server: DemoServer;
  let clinician: Meridian;
  beforeAll(async () => {
    server = await startDemoServer();
    clinician = await server.client('clinician');
  });
  afterAll(async () => server?.close());

  it('renders the overview, then the Composition’s sections with cited statements and trends in arrows and words, each fact once', async () => {
    const user = userEvent.setup();
    const expected = await clinician.summaries.get('Patient/demo-ada');
    renderWithClient(clinician, <PatientSummary patient="Patient/demo-ada" headingLevel={3} />);
    const widget = await screen.findByRole('region', { name: 'Patient summary' });
    await within(widget).findByText(/Status: preliminary — machine-generated/);
    // The overview first, then one section per non-empty summary section, titled as the Composition titles them.
    const composition = expected.document.entry![0]!.resource as unknown as { section: Array<{ title: string }> };
    const headings = within(widget)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Overview', ...composition.section.map((s) => s.title)]);
    // Vital-sign trends: the direction in words (the arrow is decorative), the unit as people write it, the sources.
    const vitals = expected.trends.filter((t) => t.kind === 'vital-sign');
    expect(vitals.length).toBeGreaterThan(0);
    const list = within(widget).getByRole('list', { name: 'Recent vital signs: trends' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(vitals.length);
    expect(items[0]!.textContent).toMatch(new RegExp(`${vitals[0]!.label} .*, (rising|falling|stable|one value)`, 'i'));
    expect(items[0]!.querySelector('[aria-hidden="true"]')!.textContent).toMatch(/^[↑↓→•]$/);
    vitals.forEach((t, i) =>
      expect(
        within(items[i]!)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual([...new Set(t.values.map((v) => v.source))]),
    );
    // Each trend is stated once: its label appears once in the widget, its latest value once in its item.
    // (What the summary states: its text without the references of its sources.)
    const stated = widget.cloneNode(true) as HTMLElement;
    for (const sources of stated.querySelectorAll('.mw-summary-sources')) sources.remove();
    const text = stated.textContent!;
    for (const t of expected.trends)
      expect(text.toLowerCase().split(t.label.toLowerCase()).length - 1, t.label).toBe(1);
    expect(text).not.toMatch(/mm\[Hg\]|\bCel\b/);
    expect(text).toContain('°C');
    // Every other sentence shown once, with as many source buttons as it cites; no trend sentence again.
    for (const sentence of expected.sentences) {
      const shown = within(widget).queryAllByText(sentence.text, { exact: false });
      if (sentence.section === 'vital-signs' || sentence.section === 'laboratory') {
        expect(shown, sentence.text).toHaveLength(0);
        continue;
      }
      expect(shown).toHaveLength(1);
      expect(
        within(shown[0]!.closest('li')!)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(sentence.sources);
    }
    // A source opens the cited resource, from the summary's own Bundle.
    const source = expected.sentences[0]!.sources[0]!;
    const button = within(widget).getAllByRole('button', { name: source })[0]!;
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = within(widget).getAllByRole('region', { name: `Source: ${source}` })[0]!;
    expect(within(region).getByText(source)).toBeTruthy();
    expect(JSON.parse(region.querySelector('pre')!.textContent!).id).toBe(source.split('/')[1]);
    // The overview, with the engine in words.
    expect(within(widget).getAllByText('Rules engine — no model configured')[0]!.closest('p')!.textContent).toBe(
      'Written by: Rules engine — no model configured',
    );
    for (const s of expected.narrative) expect(within(widget).getAllByText(s.text, { exact: false })).toHaveLength(1);
  });

  it('says so when the patient does not exist', async () => {
    renderWithClient(clinician, <PatientSummary patient="Patient/nobody-here" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not load the summary: HTTP 404/);
  });
});
