// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readFixture } from '@meridian/fixtures';
import type { CdsCard, CdsFeedbackEntry as CdsFeedback } from '@meridian/sdk';
import { CdsCards } from './cds-cards.js';

afterEach(cleanup);

const specResponse = readFixture<{ cards: CdsCard[] }>('cds-hooks-spec/response-cards.json');
const specOverridden = readFixture<{ feedback: CdsFeedback[] }>('cds-hooks-spec/feedback-overridden-with-reason.json')
  .feedback[0]!;
const specAccepted = readFixture<{ feedback: CdsFeedback[] }>('cds-hooks-spec/feedback-accepted.json').feedback[0]!;
const REASON_SYSTEM = 'http://example.org/cds-services/fhir/CodeSystem/override-reasons';

const card = (over: Partial<CdsCard> = {}): CdsCard => ({
  uuid: 'c0ffee00-0000-4000-8000-000000000001',
  summary: 'Consider stopping NSAID: on warfarin',
  indicator: 'warning',
  source: { label: 'Meridian bleeding risk', url: 'https://meridian.example.org/services/bleeding' },
  ...over,
});

function recorder() {
  const sent: CdsFeedback[] = [];
  return { sent, onFeedback: async (f: CdsFeedback) => void sent.push(f) };
}

describe('<CdsCards>', () => {
  it('renders the specification’s example response: urgency first, indicator in words, links, source', () => {
    render(
      <CdsCards
        cards={[...specResponse.cards, card({ indicator: 'critical', uuid: undefined, summary: 'Critical one' })]}
      />,
    );
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Critical one',
      'Another card',
      'Example Card',
    ]);
    expect(cards.map((c) => c.className.split(' ')[1])).toEqual([
      'mw-card--critical',
      'mw-card--warning',
      'mw-card--info',
    ]);
    expect(within(cards[0]!).getByText('Critical')).toBeTruthy();

    const example = cards[2]!;
    expect(within(example).getByText('This is an example card.')).toBeTruthy();
    const google = within(example).getByRole('link', { name: /^Google\W+opens in a new tab/ });
    expect(google.getAttribute('href')).toBe('https://google.com/');
    expect(google.getAttribute('target')).toBe('_blank');
    expect(google.getAttribute('rel')).toBe('noopener noreferrer');
    // A SMART link needs an EHR launch: without a handler it is named, not clickable.
    expect(within(example).getByText('SMART Example App (SMART app: launch it from the EHR)')).toBeTruthy();
    expect(within(example).getByRole('link', { name: 'Static CDS Service Example' }).getAttribute('href')).toBe(
      'https://example.com/',
    );
    // The second card has override reasons but no uuid: feedback is impossible, so no override is offered.
    expect(within(cards[1]!).queryByRole('button', { name: 'Override…' })).toBeNull();
  });

  it('posts an override with the chosen reason and comment as a CDS Hooks 2.0 feedback item', async () => {
    const user = userEvent.setup();
    const { sent, onFeedback } = recorder();
    const overrideReasons = specResponse.cards[1]!.overrideReasons!;
    render(<CdsCards cards={[card({ overrideReasons })]} onFeedback={onFeedback} />);
    const toggle = screen.getByRole('button', { name: 'Override…' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('radio', { name: 'Contraindicated' }));
    await user.type(screen.getByLabelText('Comment (optional)'), 'Already stopped yesterday');
    await user.click(screen.getByRole('button', { name: 'Send override' }));

    expect(sent).toEqual([
      {
        card: 'c0ffee00-0000-4000-8000-000000000001',
        outcome: 'overridden',
        overrideReason: {
          reason: { code: '12354', system: REASON_SYSTEM, display: 'Contraindicated' },
          userComment: 'Already stopped yesterday',
        },
        outcomeTimestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    ]);
    // Same shape as the specification's own example.
    expect(Object.keys(sent[0]!).sort()).toEqual(Object.keys(specOverridden).sort());
    expect(screen.getByRole('status').textContent).toBe('Overridden: Contraindicated. Feedback sent.');
    expect(screen.queryByRole('button', { name: 'Override…' })).toBeNull();
  });

  it('overrides from the keyboard alone, without a reason', async () => {
    const user = userEvent.setup();
    const { sent, onFeedback } = recorder();
    render(
      <CdsCards
        cards={[
          card({ overrideReasons: [{ system: 'https://example.org/reasons', code: 'x', display: 'Not relevant' }] }),
        ]}
        onFeedback={onFeedback}
      />,
    );
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Override…');
    await user.keyboard('{Enter}');
    await user.tab(); // the first radio
    await user.tab(); // the comment
    await user.tab(); // Send override
    expect(document.activeElement?.textContent).toBe('Send override');
    await user.keyboard('{Enter}');
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toHaveProperty('overrideReason');
    expect(screen.getByRole('status').textContent).toBe('Overridden. Feedback sent.');
  });

  it('accepts one suggestion under at-most-one, sending its id, and hands it to the host', async () => {
    const user = userEvent.setup();
    const { sent, onFeedback } = recorder();
    const applied: string[] = [];
    const suggestions = [
      {
        label: 'Stop ibuprofen',
        uuid: 'e56e1945-20b3-4393-8503-a1a20fd73152',
        isRecommended: true,
        actions: [{ type: 'delete' as const, description: 'Remove the order', resourceId: 'MedicationRequest/ibu' }],
      },
      { label: 'Switch to paracetamol', uuid: 's-2' },
    ];
    render(
      <CdsCards
        cards={[card({ suggestions, selectionBehavior: 'at-most-one' })]}
        onFeedback={onFeedback}
        onSuggestion={(s) => void applied.push(s.label)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Stop ibuprofen (recommended)' }));
    expect(applied).toEqual(['Stop ibuprofen']);
    expect(sent).toEqual([
      {
        card: card().uuid,
        outcome: 'accepted',
        acceptedSuggestions: [{ id: 'e56e1945-20b3-4393-8503-a1a20fd73152' }],
        outcomeTimestamp: expect.any(String),
      },
    ]);
    expect(Object.keys(sent[0]!).sort()).toEqual(Object.keys(specAccepted).sort());
    expect((screen.getByRole('button', { name: 'Switch to paracetamol' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Accepted: Stop ibuprofen.');
  });

  it('lets several suggestions be accepted under selectionBehavior any', async () => {
    const user = userEvent.setup();
    const { sent, onFeedback } = recorder();
    render(
      <CdsCards
        cards={[
          card({
            suggestions: [
              { label: 'A', uuid: 'a' },
              { label: 'B', uuid: 'b' },
            ],
            selectionBehavior: 'any',
          }),
        ]}
        onFeedback={onFeedback}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'A' }));
    await user.click(screen.getByRole('button', { name: 'B' }));
    expect(sent.map((f) => (f.outcome === 'accepted' ? f.acceptedSuggestions![0]!.id : ''))).toEqual(['a', 'b']);
    expect(screen.getByRole('status').textContent).toBe('Accepted: A, B.');
  });

  it('shows a failed feedback post and lets the clinician try again', async () => {
    const user = userEvent.setup();
    let fail = true;
    const sent: CdsFeedback[] = [];
    const onFeedback = async (f: CdsFeedback) => {
      if (fail) throw new Error('HTTP 503');
      sent.push(f);
    };
    render(<CdsCards cards={[card()]} onFeedback={onFeedback} />);
    await user.click(screen.getByRole('button', { name: 'Override…' }));
    await user.click(screen.getByRole('button', { name: 'Send override' }));
    expect(screen.getByRole('alert').textContent).toBe('Could not send: HTTP 503');
    expect(screen.getByRole('status').textContent).toBe('');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Send override' }));
    expect(sent).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders Markdown detail without letting a service inject HTML or script URLs', () => {
    const detail =
      '**Bleeding risk** is high.\n\n<img src=x onerror="alert(1)"><script>alert(2)</script>\n\n[guideline](https://example.org/g) · [bad](javascript:alert(3))';
    render(
      <CdsCards cards={[card({ detail, links: [{ label: 'Evil', url: 'javascript:alert(4)', type: 'absolute' }] })]} />,
    );
    const article = screen.getByRole('article');
    expect(article.querySelector('strong')?.textContent).toBe('Bleeding risk');
    expect(article.querySelector('img, script')).toBeNull();
    expect(article.textContent).toContain('<img src=x onerror="alert(1)">');
    const hrefs = [...article.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs).toContain('https://example.org/g');
    expect(hrefs.some((h) => h.toLowerCase().includes('javascript'))).toBe(false);
    expect(within(article).getByText('Evil').tagName).toBe('SPAN');
  });

  it('renders the GitHub-flavoured Markdown CDS Hooks specifies: a table of criteria, strikethrough, a bare URL as a link', () => {
    const detail =
      '| Criterion | Points |\n|---|---|\n| Respiration rate | 2 |\n| <b>Pulse</b> | 1 |\n\n~~old advice~~ see https://example.org/news2';
    render(<CdsCards cards={[card({ detail })]} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Criterion', 'Points']);
    expect(within(table).getAllByRole('row')[2]!.textContent!.replace(/\s+/g, '')).toBe('<b>Pulse</b>1');
    expect(table.querySelector('b')).toBeNull();
    expect(screen.getByRole('article').querySelector('del')?.textContent).toBe('old advice');
    expect(screen.getByRole('link', { name: 'https://example.org/news2' }).getAttribute('href')).toBe(
      'https://example.org/news2',
    );
  });

  it('says so when there are no cards', () => {
    render(<CdsCards cards={[]} title="Cards" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Cards' })).toBeTruthy();
    expect(screen.getByText(/no cards/i)).toBeTruthy();
  });
});
