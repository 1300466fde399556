import { readFixture } from '@meridian/fixtures';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_INVARIANTS, invariantViolations, RESPONSE_INVARIANTS } from './spec-invariants.js';

const spec = (name: string) => readFixture<Record<string, unknown>>(`cds-hooks-spec/${name}`);

describe("the specification's FHIRPath invariants", () => {
  it('hold on the specification response and feedback examples', () => {
    for (const file of ['response-cards.json', 'response-empty.json', 'response-autolaunchable.json']) {
      expect(invariantViolations(RESPONSE_INVARIANTS, spec(file)), file).toEqual([]);
    }
    expect(
      invariantViolations(RESPONSE_INVARIANTS, { cards: readFixture('inferno-crd-test-kit/valid_cards.json') }),
    ).toEqual([]);
    for (const file of ['feedback-accepted.json', 'feedback-overridden.json', 'feedback-overridden-with-reason.json']) {
      expect(invariantViolations(FEEDBACK_INVARIANTS, spec(file)), file).toEqual([]);
    }
  });

  it('catch each broken rule', () => {
    const card = { summary: 's', indicator: 'info', source: { label: 'l' } };
    const broken = {
      cards: [
        {
          ...card,
          selectionBehavior: 'at-most-one',
          suggestions: [
            { label: 'a', isRecommended: true },
            { label: 'b', isRecommended: true },
          ],
        },
        {
          ...card,
          suggestions: [
            {
              label: 'a',
              actions: [{ type: 'delete', resource: { resourceType: 'Task' } }],
              actionSelectionBehavior: 'some',
            },
          ],
        },
        {
          ...card,
          links: [{ label: 'l', url: 'https://a.org', type: 'absolute', appContext: 'x' }],
          overrideReasons: [{ system: 's', code: 'c' }],
        },
      ],
    };
    expect(invariantViolations(RESPONSE_INVARIANTS, broken).sort()).toEqual(
      [
        'cds-resp-1@0',
        'cds-resp-2@0',
        'cds-resp-3@0',
        'cds-resp-4@0',
        'cds-resp-5@2',
        'cds-resp-6@1',
        'cds-resp-7@2',
      ].sort(),
    );
    const feedback = {
      feedback: [
        { card: 'c', outcome: 'accepted' },
        { card: 'd', outcome: 'ignored', overrideReason: {} },
      ],
    };
    expect(invariantViolations(FEEDBACK_INVARIANTS, feedback)).toEqual(['cds-fb-1@1', 'cds-fb-2@0', 'cds-fb-3@0']);
  });
});
