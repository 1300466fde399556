// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian } from '@meridian/sdk';
import { rescorePatient } from '../../../server/src/use-cases/alerts/rescore-patient.js';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../server/src/doors/http/app.js';
import { startDemoServer, type DemoServer } from '../testing/demo-server.js';
import { renderWithClient } from '../testing/render.js';
import { AlertsFeed } from './alerts-feed.js';
import { resolvePatientNames } from './patient-names.js';

describe('<AlertsFeed> against the real server', () => {
  let server: DemoServer;
  let clinician: Meridian;
  beforeAll(async () => {
    server = await startDemoServer();
    clinician = await server.client('clinician');
  });
  afterAll(async () => server?.close());

  it('starts live and empty, then shows and announces (assertively when urgent) each alert as the server raises it', async () => {
    const { container } = renderWithClient(clinician, <AlertsFeed />);
    await screen.findByText('Live: new alerts appear here as they are raised.');
    expect(screen.getByText('No alerts yet.')).toBeTruthy();
    // Give the stream a moment to connect, then re-score as the HL7 reactor does when data arrives.
    await new Promise((r) => setTimeout(r, 300));
    const raised = await rescorePatient(server.services, server.tenantId, 'Patient/demo-ada');
    expect(raised.length).toBeGreaterThan(0);
    const list = await screen.findByRole('list', { name: 'Alerts, newest first' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(raised.length));
    // The patient by name, read from the record through the SDK (the reference in the title).
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first.querySelector('.mw-alert__patient')!.textContent).toBe('Ada Demo');
    expect(first.querySelector('.mw-alert__patient')!.getAttribute('title')).toBe('Patient/demo-ada');
    expect(first.textContent).not.toContain('Patient/demo-ada');
    const polite = container.querySelector('[aria-live="polite"]')!;
    const assertive = container.querySelector('[aria-live="assertive"]')!;
    const last = raised.at(-1)!;
    if (last.severity === 'high') expect(assertive.textContent).toMatch(/^New urgent alert\. Ada Demo — High: /);
    else expect(polite.textContent).toMatch(/^New alert\. Ada Demo — /);
    expect(polite.textContent === '' || assertive.textContent === '').toBe(true);
  });

  it('names patients through the SDK once each, and records a patient whose record cannot be read as unnamed', async () => {
    const admin = await server.client();
    // Reads of Ada's record, as the audit trail shows them.
    const reads = async () =>
      (await admin.audit.search({ patient: 'Patient/demo-ada', _count: 500 })).events.filter(
        (e) => e.action === 'R' && e.subtype?.some((s) => s.code === 'read'),
      ).length;
    const known = new Map<string, string | null>();
    const before = await reads();
    await resolvePatientNames(clinician, ['Patient/demo-ada', 'Patient/demo-ada', 'Patient/nobody-here'], known);
    expect(Object.fromEntries(known)).toEqual({ 'Patient/demo-ada': 'Ada Demo', 'Patient/nobody-here': null });
    expect(await reads()).toBe(before + 1);
    // Asked again, nothing is read again.
    await resolvePatientNames(clinician, ['Patient/demo-ada', 'Patient/nobody-here'], known);
    expect(await reads()).toBe(before + 1);
  });

  it('lists the alerts raised before it opened, newest first, only the asked patient’s', async () => {
    renderWithClient(clinician, <AlertsFeed patient="Patient/demo-ben" title="Ben's alerts" />);
    await screen.findByText('No alerts for Patient/demo-ben yet.');
    renderWithClient(clinician, <AlertsFeed patient="Patient/demo-ada" title="Ada's alerts" />);
    const list = await screen.findByRole('list', { name: "Ada's alerts, newest first" });
    const times = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('says when the connection is lost (the server went away), and reconnects on request once it is back', async () => {
    const user = userEvent.setup();
    // The same app on a port of its own, stopped and started again under the widget.
    const app = createApp({ services: server.services }) as unknown as RequestListener;
    let http = createServer(app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    const viaPort = new Meridian({ baseUrl: `http://127.0.0.1:${port}`, apiKey: server.adminKey, maxRetries: 0 });
    renderWithClient(
      viaPort,
      <AlertsFeed patient="Patient/demo-ben" title="Ben, via its own port" maxReconnects={0} />,
    );
    await screen.findByText('Live: new alerts appear here as they are raised.');

    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    const lost = await screen.findByText(/^Connection lost: /);
    http = createServer(app);
    await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
    try {
      await user.click(within(lost).getByRole('button', { name: 'Reconnect' }));
      await screen.findByText('Live: new alerts appear here as they are raised.');
      expect(screen.queryByText(/^Connection lost: /)).toBeNull();
      expect(screen.getByText('No alerts for Patient/demo-ben yet.')).toBeTruthy();
    } finally {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
  });
});
