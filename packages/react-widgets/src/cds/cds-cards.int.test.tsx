// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian, type CdsCard } from '@meridian/sdk';
import { startDemoServer, type DemoServer } from '../testing/demo-server.js';
import '../testing/render.js';
import { CdsCards } from './cds-cards.js';
import { cdsFeedbackPoster } from './feedback-poster.js';

const SERVICE = 'meridian-patient-risk';

describe('<CdsCards> against the real server (embedded demo mode)', () => {
  let server: DemoServer;
  let admin: Meridian;
  let ehr: Meridian;
  let cards: CdsCard[];
  beforeAll(async () => {
    server = await startDemoServer({ unsignedCds: true });
    admin = await server.client();
    // The cards patient-view gives for the stored patient (API key), and the demo mode's unsigned CDS client (no key, no JWT) for feedback.
    cards = (await admin.cdsHooks.preview(SERVICE, { patient: 'Patient/demo-ada' })).cards;
    ehr = new Meridian({ baseUrl: server.baseUrl, maxRetries: 0 });
  });
  afterAll(async () => server?.close());

  it('shows the cards patient-view returns for a stored patient, most urgent first, with their override reasons', async () => {
    expect(cards.length).toBeGreaterThan(0);
    render(<CdsCards cards={cards} onFeedback={cdsFeedbackPoster(ehr, SERVICE)} />);
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(cards.length);
    const order = { critical: 0, warning: 1, info: 2 };
    const shown = articles.map((a) => a.className.split(' ')[1]!.replace('mw-card--', '') as keyof typeof order);
    expect([...shown].sort((a, b) => order[a] - order[b])).toEqual(shown);
    expect(within(articles[0]!).getByRole('heading').textContent).toBe(
      [...cards].sort((a, b) => order[a.indicator] - order[b.indicator])[0]!.summary,
    );
  });

  it('posts an override reason through the SDK to the feedback endpoint, which leaves an AuditEvent', async () => {
    const user = userEvent.setup();
    const card = cards.find((c) => c.uuid && c.overrideReasons?.length)!;
    expect(card, 'a card with override reasons').toBeTruthy();
    render(<CdsCards cards={[card]} onFeedback={cdsFeedbackPoster(ehr, SERVICE)} />);
    await user.click(screen.getByRole('button', { name: 'Override…' }));
    const reason = card.overrideReasons![0]!;
    await user.click(screen.getByRole('radio', { name: reason.display }));
    await user.click(screen.getByRole('button', { name: 'Send override' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`Overridden: ${reason.display}. Feedback sent.`),
    );

    const page = await admin.audit.search({ patient: 'Patient/demo-ada', _count: 50 });
    const entry = page.events.find(
      (e) =>
        JSON.stringify(e).includes('cds-feedback') && JSON.stringify(e.entity ?? []).includes(`urn:uuid:${card.uuid}`),
    );
    expect(entry, 'an AuditEvent naming the overridden card').toBeTruthy();
    expect(JSON.stringify(entry)).toContain('overridden');
  });

  it('shows the server refusing feedback from a caller whose token is not a JWT, and no outcome', async () => {
    const user = userEvent.setup();
    const stranger: CdsCard = { ...cards[0]!, uuid: 'not-a-card-of-this-tenant' };
    render(
      <CdsCards
        cards={[stranger]}
        onFeedback={cdsFeedbackPoster(
          new Meridian({ baseUrl: server.baseUrl, apiKey: 'not-a-jwt', maxRetries: 0 }),
          SERVICE,
        )}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Override…' }));
    await user.click(screen.getByRole('button', { name: 'Send override' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not send: /);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
