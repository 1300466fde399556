import { describe, expect, it } from 'vitest';
import { computeCurb65, computeQsofa } from './index.js';
import { makeContext } from './testing/context-factory.js';

describe('the shared ACVPU answer', () => {
  it('answers qSOFA altered mentation and CURB-65 confusion, as derived', () => {
    const context = makeContext();
    const alert = computeQsofa(context, { consciousness: 'A' }).inputs.find((i) => i.name === 'alteredMentation');
    expect(alert).toMatchObject({ status: 'used', value: false, provenance: { kind: 'derived' } });
    const confused = computeCurb65(context, { consciousness: 'C' }).inputs.find((i) => i.name === 'confusion');
    expect(confused).toMatchObject({ status: 'used', value: true });
  });

  it('yields to a direct answer', () => {
    const result = computeQsofa(makeContext(), { consciousness: 'A', alteredMentation: true });
    expect(result.inputs.find((i) => i.name === 'alteredMentation')).toMatchObject({
      value: true,
      provenance: { kind: 'clinician-answer' },
    });
  });
});
