// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meridian } from '@meridian/sdk';
import { startDemoServer, type DemoServer } from '../testing/demo-server.js';
import { renderWithClient } from '../testing/render.js';
import { AuditTrail } from './audit-trail.js';

describe('<AuditTrail> against the real server', () => {
  let server: DemoServer;
  let admin: Meridian;
  beforeAll(async () => {
    server = await startDemoServer();
    admin = await server.client();
    // Twelve reads of demo-ada's record by a clinician, recorded by the server as AuditEvents.
    const clinician = await server.client('clinician');
    for (let i = 0; i < 12; i++) await clinician.fhir.read('Patient', 'demo-ada');
  });
  afterAll(async () => server?.close());

  it('lists the patient’s AuditEvents newest first, with who, what and outcome, and the verified chain', async () => {
    renderWithClient(admin, <AuditTrail patient="Patient/demo-ada" pageSize={50} />);
    const table = await screen.findByRole('table', { name: /Accesses to Patient\/demo-ada/ });
    const rows = within(table).getAllByRole('row').slice(1);
    // 12 reads + the demo load (+ this search, recorded before it answered, when the server includes it).
    expect(rows.length).toBeGreaterThanOrEqual(13);
    const reads = rows.filter((r) => within(r).queryByText('read') !== null);
    expect(reads).toHaveLength(12);
    expect(within(reads[0]!).getByText('clinician test key (API key, clinician)')).toBeTruthy();
    expect(within(reads[0]!).getByText('Success')).toBeTruthy();
    const load = rows.find((r) => within(r).queryByText('transaction') !== null)!;
    expect(within(load).getByText(/Update/)).toBeTruthy();
    expect(within(load).getByText(/Meridian/)).toBeTruthy();
    // Newest first.
    const times = rows.map((r) => r.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort().reverse()).toEqual(times);

    const chain = await screen.findByText(/^Intact: all \d+ events of the chain verified\.$/);
    expect(chain).toBeTruthy();
  });

  it('pages with a button until the trail is exhausted', async () => {
    const user = userEvent.setup();
    let before = 0;
    for await (const _ of admin.audit.iterate({ patient: 'Patient/demo-ada', _count: 1000 })) before++;
    renderWithClient(admin, <AuditTrail patient="Patient/demo-ada" pageSize={5} verify={false} />);
    const table = await screen.findByRole('table', { name: /5 shown/ });
    expect(screen.queryByRole('group', { name: 'Hash chain verification' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Load older events' }));
    await waitFor(() => expect(table.querySelector('caption')!.textContent).toContain('10 shown'));
    for (;;) {
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Loading…' })).toBeNull());
      const more = screen.queryByRole('button', { name: 'Load older events' });
      if (!more) break;
      await user.click(more);
    }
    // Every event once: those counted before, plus the widget's own first search (reading the
    // trail is audited, and the server records the search before it answers).
    expect(within(table).getAllByRole('row').length - 1).toBe(before + 1);
  });

  it('names the portal’s own CDS Hooks preview and the key that asked, never "unknown"', async () => {
    const clinician = await server.client('clinician');
    await clinician.cdsHooks.preview('meridian-patient-risk', { patient: 'Patient/demo-ben' });
    renderWithClient(admin, <AuditTrail patient="Patient/demo-ben" pageSize={50} verify={false} />);
    const table = await screen.findByRole('table', { name: /Accesses to Patient\/demo-ben/ });
    const preview = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByText('CDS Hooks preview (portal)') !== null)!;
    expect(preview).toBeTruthy();
    expect(within(preview).getByText('clinician test key (API key, clinician)')).toBeTruthy();
    expect(table.textContent).not.toMatch(/unknown/i);
  });

  it('says so, in each part, when the key may not read the trail', async () => {
    // A clinician key may not read the audit trail at all: both parts say so.
    const clinician = await server.client('clinician');
    renderWithClient(clinician, <AuditTrail patient="Patient/demo-ada" />);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [verification, trail] = screen.getAllByRole('alert');
    expect(verification!.textContent).toMatch(/Could not load the chain verification: HTTP 403/);
    expect(trail!.textContent).toMatch(/Could not load audit events: HTTP 403/);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows where the chain breaks when a row was altered', async () => {
    // Tampering needs the trigger out of the way, as an attacker with database access would do.
    const own = await server.client();
    await server.db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
      await tx.query(
        `UPDATE audit_event SET resource = jsonb_set(resource, '{outcome}', '"4"') WHERE tenant_id = $1 AND seq = 2`,
        [server.tenantId],
      );
      await tx.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    });
    renderWithClient(own, <AuditTrail patient="Patient/demo-ada" pageSize={5} />);
    const broken = await screen.findByText(/^Broken at event #2: an event was altered \(event-hash-mismatch\)\.$/);
    expect(broken.closest('[role="alert"]')).toBeTruthy();
  });
});
