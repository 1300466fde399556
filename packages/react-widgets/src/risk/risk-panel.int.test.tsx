// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meridian } from '@meridian/sdk';
import { startDemoServer, type DemoServer } from '../testing/demo-server.js';
import { renderWithClient } from '../testing/render.js';
import { RiskPanel } from './risk-panel.js';

describe('<RiskPanel> against the real server and the demo patients', () => {
  let server: DemoServer;
  let client: Meridian;
  beforeAll(async () => {
    server = await startDemoServer();
    client = await server.client('clinician');
  });
  afterAll(async () => server?.close());

  it('shows NEWS2 as preliminary in its band, naming the missing inputs, with points and the observation behind each', async () => {
    renderWithClient(client, <RiskPanel patient="Patient/demo-ada" calculators={['news2', 'qsofa', 'curb-65']} />);
    const news2 = await screen.findByRole('article', { name: /NEWS2/ });
    expect(within(news2).getByText('Preliminary')).toBeTruthy();
    expect(within(news2).getByText('9–14')).toBeTruthy();
    expect(within(news2).getByText(/High \(score 7 or more\)/)).toBeTruthy();
    const missing = within(news2).getByText(/Preliminary until these are known/).parentElement!;
    expect(within(missing).getByText('Consciousness')).toBeTruthy();
    expect(within(missing).getByText('Air or oxygen')).toBeTruthy();

    const table = within(news2).getByRole('table', { name: 'Points per criterion' });
    const pulse = within(table).getByRole('row', { name: /Pulse/ });
    expect(within(pulse).getByText('118 /min')).toBeTruthy();
    expect(within(pulse).getAllByRole('cell')[1]!.textContent).toBe('2');
    expect(within(pulse).getByText('Observation/demo-ada-hr')).toBeTruthy();
    const consciousness = within(table).getByRole('row', { name: /Consciousness/ });
    expect(within(consciousness).getByText('0–3?')).toBeTruthy();
  });

  it('completes the score when the clinician answers, and says which engine computed it', async () => {
    renderWithClient(
      client,
      <RiskPanel
        patient="Patient/demo-ada"
        calculators={['news2']}
        answers={{ consciousness: 'A', supplementalOxygen: false }}
        trends={false}
      />,
    );
    const news2 = await screen.findByRole('article', { name: /NEWS2/ });
    expect(within(news2).getByText('Complete')).toBeTruthy();
    expect(within(news2).getByText('9')).toBeTruthy();
    expect(within(news2).queryByText(/Preliminary until/)).toBeNull();
    expect(screen.getByText(/validated calculators \(deterministic\)/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Trends' })).toBeNull();
  });

  it('charts the history of each vital sign behind the scores, with NEWS2 zones and other scores’ cut-offs', async () => {
    renderWithClient(client, <RiskPanel patient="Patient/demo-ada" calculators={['news2', 'qsofa', 'curb-65']} />);
    const trends = await screen.findByRole('region', { name: 'Trends' });
    const rr = await within(trends).findByRole('figure', { name: /Respiratory rate/ });
    // Three readings over eight hours, oldest first, the latest scoring 2 NEWS2 points.
    const chart = within(rr).getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/3 values .* latest 24 \/min, 2 NEWS2 points/);
    expect(chart.getAttribute('aria-label')).toContain('qSOFA: ≥ 22/min');
    expect(chart.getAttribute('aria-label')).toContain('CURB-65: ≥ 30/min');
    expect(rr.querySelectorAll('circle')).toHaveLength(3);
    expect(rr.querySelectorAll('rect.mw-zone').length).toBeGreaterThan(1);
    const values = within(rr)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(values).toEqual(['17', '21', '24']);
    // Urea (a lab behind CURB-65) is charted too, with its cut-off.
    const urea = within(trends).getByRole('figure', { name: /Urea/ });
    expect(within(urea).getByRole('img').getAttribute('aria-label')).toContain('CURB-65: > 7 mmol/L');
    // Every series is a search of the patient's Observations by code: none is invented.
    const figures = within(trends)
      .getAllByRole('figure')
      .map((f) => f.querySelector('figcaption .mw-trend__label')!.textContent);
    expect(figures.sort()).toEqual(
      [
        'Body temperature',
        'Diastolic blood pressure',
        'Heart rate',
        'Oxygen saturation by pulse oximetry',
        'Respiratory rate',
        'Systolic blood pressure',
        'Urea [Moles/volume] in Serum or Plasma',
      ].sort(),
    );
  });

  // Keyboard opening of <details> is the browser's: the Chromium end-to-end test presses Enter on it.
  it('gives each chart its values as a table, with the NEWS2 points of each', async () => {
    const user = userEvent.setup();
    renderWithClient(client, <RiskPanel patient="Patient/demo-ada" calculators={['news2']} />);
    const summary = await screen.findByText('Heart rate: values as a table');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    await waitFor(() => expect(details.open).toBe(true));
    const rows = within(details)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['88', '0', 'Observation/demo-ada-hr-8h'],
      ['104', '1', 'Observation/demo-ada-hr-4h'],
      ['118', '2', 'Observation/demo-ada-hr'],
    ]);
  });

  it('lets the host open the observation behind a criterion', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    renderWithClient(
      client,
      <RiskPanel
        patient="Patient/demo-ada"
        calculators={['qsofa']}
        trends={false}
        onSelectResource={(r) => opened.push(r)}
      />,
    );
    const button = await screen.findByRole('button', { name: 'Observation/demo-ada-rr' });
    await user.click(button);
    expect(opened).toEqual(['Observation/demo-ada-rr']);
  });

  it('shows the server’s refusal and a retry button instead of scores', async () => {
    const auditor = await server.client('auditor');
    renderWithClient(auditor, <RiskPanel patient="Patient/demo-ada" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not load risk scores: HTTP 403/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('scores the outpatient with the chronic scores and charts the blood pressure behind them', async () => {
    renderWithClient(
      client,
      <RiskPanel patient="Patient/demo-ben" calculators={['cha2ds2-vasc', 'has-bled', 'pce-ascvd']} />,
    );
    const cha = await screen.findByRole('article', { name: /CHA2DS2-VASc/ });
    expect(within(cha).getByRole('table', { name: 'Points per criterion' })).toBeTruthy();
    expect(within(cha).getByRole('row', { name: /Age/ }).textContent).toContain('69 years');
    // One chart per Observation, although HAS-BLED and PCE both read it; no NEWS2 zones without NEWS2.
    const sbp = await screen.findByRole('figure', { name: /Systolic blood pressure/ });
    expect(sbp.querySelectorAll('circle')).toHaveLength(3);
    expect(sbp.querySelectorAll('rect.mw-zone')).toHaveLength(0);
    expect(within(sbp).getByRole('img').getAttribute('aria-label')).toContain('HAS-BLED: > 160 mmHg');
    expect(screen.getByRole('figure', { name: /HDL cholesterol/ }).querySelectorAll('circle')).toHaveLength(2);
  });
});
