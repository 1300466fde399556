import { describe, expect, it } from 'vitest';
import { escalationExample, feedbackExample } from './training-examples.js';

describe('training examples', () => {
  it('turns an override into system, user and assistant messages with the comment scrubbed', () => {
    const example = feedbackExample({
      serviceId: 'meridian-order-safety',
      cardType: 'allergy-conflict',
      outcome: 'overridden',
      overrideSystem: 'https://meridian.dev/override',
      overrideCode: 'benefit-outweighs-risk',
      userComment: 'Discussed with Mr. James Holloway on 03/04/2025, MRN 12345678; tolerated Keflex before.',
    });
    expect(example.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
    expect(example.messages[1]!.content).toBe('Service: meridian-order-safety. Card type: allergy-conflict.');
    expect(example.messages[2]!.content).toBe(
      'overridden (reason https://meridian.dev/override|benefit-outweighs-risk; comment: Discussed with Mr. [NAME] on [DATE], MRN [MRN]; tolerated Keflex before.)',
    );
    expect(
      feedbackExample({
        serviceId: 's',
        cardType: 'c',
        outcome: 'accepted',
        overrideSystem: null,
        overrideCode: null,
        userComment: null,
      }).messages[2]!.content,
    ).toBe('accepted');
  });

  it('turns a reviewed escalation into summary in, level and reasons out, all scrubbed', () => {
    const example = escalationExample({
      level: 'emergency',
      caseSummary: 'Seen by Dr. Emily Clark at Boston Medical Center; NEWS2 9.',
      reasons: ['NEWS2 9 reported by Dr. Emily Clark'],
    });
    expect(example.messages[1]!.content).toBe('Seen by Dr. [NAME] at [LOCATION]; NEWS2 9.');
    expect(JSON.parse(example.messages[2]!.content)).toEqual({
      escalationLevel: 'emergency',
      reasons: ['NEWS2 9 reported by Dr. [NAME]'],
    });
  });
});
