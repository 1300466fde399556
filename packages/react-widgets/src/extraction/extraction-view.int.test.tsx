// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meridian } from '@meridian/sdk';
import { startDemoServer, type DemoServer } from '../testing/demo-server.js';
import { renderWithClient } from '../testing/render.js';
import { ExtractionView } from './extraction-view.js';

const NOTE =
  'Seen for type 2 diabetes. Denies chest pain. Mother had breast cancer. Allergic to penicillin. BP 148/92 mmHg. HbA1c 8.2 %.';

describe('<ExtractionView> against the real server', () => {
  let server: DemoServer;
  let clinician: Meridian;
  beforeAll(async () => {
    server = await startDemoServer();
    clinician = await server.client('clinician');
  });
  afterAll(async () => server?.close());

  it('highlights each span with its assertion in words, and shows the resource a span became, by click and by keyboard', async () => {
    const user = userEvent.setup();
    renderWithClient(clinician, <ExtractionView text={NOTE} patient="Patient/demo-ada" />);
    await screen.findByText('Rules engine — no model configured');
    const marks = [...document.querySelectorAll('mark')];
    // Every mark is a slice of the note at its own offsets, and focusable.
    for (const mark of marks) {
      const [start, end] = [Number(mark.dataset.start), Number(mark.dataset.end)];
      expect(NOTE.slice(start, end)).toBe(mark.firstChild!.textContent);
      expect(mark.tabIndex).toBe(0);
    }
    const pain = screen.getByRole('button', { name: /^chest pain NO: Condition: chest pain \(negated\)$/ });
    expect(pain.textContent).toBe('chest pain NO');
    expect(pain.className).toContain('mw-mark--negated');
    const cancer = marks.find((m) => m.getAttribute('aria-label')?.includes('family history'))!;
    expect(cancer.textContent).toMatch(/cancer FH$/);

    const detail = screen.getByRole('region', { name: 'Selected resource' });
    await user.click(pain);
    expect(pain.getAttribute('aria-pressed')).toBe('true');
    expect(within(detail).getByText('Condition')).toBeTruthy();
    expect(within(detail).getByText('negated')).toBeTruthy();
    expect(within(detail).getByText(/verification: refuted/)).toBeTruthy();
    const json = JSON.parse(within(detail).getByText(/"resourceType": "Condition"/).textContent!);
    expect(json.subject).toEqual({ reference: 'Patient/demo-ada' });

    // Keyboard: Tab onto the blood pressure's mark, Enter selects it.
    const bp = screen.getByRole('button', { name: /^BP 148\/92 mmHg: Observation/ });
    bp.focus();
    await user.keyboard('{Enter}');
    expect(within(detail).getByText('Observation')).toBeTruthy();
    expect(within(detail).getByText(/loinc\.org\|85354-9/)).toBeTruthy();
    expect(within(detail).getByText(/status: final/)).toBeTruthy();

    // Resources grouped by type, and the counts of what was not recognised.
    expect(screen.getByRole('region', { name: /^Observation \(2\)$/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: /^FamilyMemberHistory \(1\)$/ })).toBeTruthy();
    const allergy = within(screen.getByRole('region', { name: /^AllergyIntolerance \(1\)$/ })).getByRole('button');
    await user.click(allergy);
    expect(within(detail).getByText(/“penicillin”/)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'What was and was not recognised' }).textContent).toMatch(
      /\d+ coded, \d+ text only/,
    );
    expect(screen.queryByRole('definition', { name: 'Oncology fields' })).toBeNull();
  });

  it('extracts what is typed in its textarea, with the oncology fields for the oncology profile', async () => {
    const user = userEvent.setup();
    renderWithClient(clinician, <ExtractionView profile="oncology" initialText="" title="Oncology note" />);
    expect(screen.getByText('Write or paste a note, then Extract.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Extract' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(
      screen.getByLabelText('Clinical note'),
      'Stage IV lung adenocarcinoma with EGFR mutation. No fever.',
    );
    await user.click(screen.getByRole('button', { name: 'Extract' }));
    const oncology = await screen.findByLabelText('Oncology fields');
    expect(within(oncology).getByText('Cancer type').nextSibling!.textContent).toMatch(/adenocarcinoma|lung/i);
    expect(within(oncology).getByText('Stage').nextSibling!.textContent).toMatch(/IV/);
    expect(within(oncology).getByText('Gene mutation').nextSibling!.textContent).toMatch(/EGFR/);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^fever NO: Condition: .*\(negated\)$/ })).toBeTruthy(),
    );
  });

  it('says so when the key may not extract', async () => {
    const auditor = await server.client('auditor');
    renderWithClient(auditor, <ExtractionView text="Denies chest pain." />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not load the extraction: HTTP 403/);
  });
});
