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

  it('renders the Composition’s sections with cited sentences, trends in arrows and words, and the narrative’s engine', async () => {
    const user = userEvent.setup();
    const expected = await clinician.summaries.get('Patient/demo-ada');
    renderWithClient(clinician, <PatientSummary patient="Patient/demo-ada" headingLevel={3} />);
    const widget = await screen.findByRole('region', { name: 'Patient summary' });
    await within(widget).findByText(/Status: preliminary — machine-generated/);
    // One section per non-empty summary section, titled as the Composition titles them.
    const composition = expected.document.entry![0]!.resource as unknown as { section: Array<{ title: string }> };
    const headings = within(widget)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual([...composition.section.map((s) => s.title), 'Narrative']);
    // Every sentence shown, with as many source buttons as it cites.
    for (const sentence of expected.sentences) {
      const item = within(widget).getAllByText(sentence.text, { exact: false })[0]!.closest('li')!;
      expect(
        within(item)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(sentence.sources);
    }
    // Vital-sign trends: the direction in words (the arrow is decorative) and the unit.
    const vitals = expected.trends.filter((t) => t.kind === 'vital-sign');
    expect(vitals.length).toBeGreaterThan(0);
    const list = within(widget).getByRole('list', { name: 'Recent vital signs: trends' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(vitals.length);
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first.textContent).toMatch(new RegExp(`${vitals[0]!.label} .*, (rising|falling|stable|one value)`, 'i'));
    expect(first.querySelector('[aria-hidden="true"]')!.textContent).toMatch(/^[↑↓→•]$/);
    // A source opens the cited resource, from the summary's own Bundle.
    const source = expected.sentences[0]!.sources[0]!;
    const button = within(widget).getAllByRole('button', { name: source })[0]!;
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = within(widget).getAllByRole('region', { name: `Source: ${source}` })[0]!;
    expect(within(region).getByText(source)).toBeTruthy();
    expect(JSON.parse(region.querySelector('pre')!.textContent!).id).toBe(source.split('/')[1]);
    // The narrative, with the engine in words.
    expect(within(widget).getAllByText('Rules engine — no model configured')[0]!.closest('p')!.textContent).toBe(
      'Written by: Rules engine — no model configured',
    );
    for (const s of expected.narrative)
      expect(within(widget).getAllByText(s.text, { exact: false }).length).toBeGreaterThan(0);
  });

  it('says so when the patient does not exist', async () => {
    renderWithClient(clinician, <PatientSummary patient="Patient/nobody-here" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not load the summary: HTTP 404/);
  });
});
