import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasForbiddenFhirText } from '@meridian/sdk';
import { findJsonShapeProblem, JSON_BODY_LIMITS } from './json-shape.js';

const nest = (depth: number, leaf: unknown = 'x'): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const small = { maxDepth: 3, maxArrayLength: 4, maxStringLength: 5 };

describe('findJsonShapeProblem', () => {
  it('accepts a value exactly at every limit', () => {
    expect(findJsonShapeProblem({ a: [['12345', '1', '2', '3']] }, small)).toBeUndefined();
    expect(findJsonShapeProblem(nest(JSON_BODY_LIMITS.maxDepth), JSON_BODY_LIMITS)).toBeUndefined();
  });

  it('names the first place nested too deep, without recursing (100,000 levels)', () => {
    expect(
      findJsonShapeProblem({ entry: [{ resource: { extension: nest(5) } }] }, { ...small, maxStringLength: 20 }),
    ).toEqual({
      path: 'body.entry[0].resource',
      problem: 'nested deeper than 3 levels',
    });
    expect(findJsonShapeProblem(nest(100_000), JSON_BODY_LIMITS)?.problem).toBe('nested deeper than 100 levels');
  });

  it('refuses long arrays, long strings and long keys', () => {
    expect(findJsonShapeProblem({ a: [1, 2, 3, 4, 5] }, small)).toMatchObject({
      path: 'body.a',
      problem: expect.stringMatching(/array longer than 4/),
    });
    expect(findJsonShapeProblem({ a: { b: '123456' } }, small)).toMatchObject({
      path: 'body.a.b',
      problem: expect.stringMatching(/longer than 5/),
    });
    expect(findJsonShapeProblem({ a: { '123456': 1 } }, small)).toMatchObject({
      path: 'body.a',
      problem: expect.stringMatching(/property name longer/),
    });
    expect(findJsonShapeProblem('123456', small)).toMatchObject({ path: 'body' });
  });

  it('refuses forbidden characters in strings and keys only when asked to', () => {
    const withNul = { resource: { name: [{ family: 'a\u0000b' }] } };
    expect(findJsonShapeProblem(withNul, JSON_BODY_LIMITS)).toBeUndefined();
    const strict = { ...JSON_BODY_LIMITS, forbiddenText: hasForbiddenFhirText };
    expect(findJsonShapeProblem(withNul, strict, 'Patient')).toMatchObject({ path: 'Patient.resource.name[0].family' });
    expect(findJsonShapeProblem({ ['k\uD800']: 1 }, strict)).toMatchObject({
      path: 'body',
      problem: expect.stringMatching(/property name contains/),
    });
    expect(findJsonShapeProblem({ ok: 'tab\there, emoji \uD83D\uDE00, line\r\n' }, strict)).toBeUndefined();
  });

  it('never throws and agrees with a recursive depth count on arbitrary JSON', () => {
    const depthOf = (v: unknown): number =>
      v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 8 }), (value, maxDepth) => {
        const found = findJsonShapeProblem(value, { maxDepth, maxArrayLength: 1e6, maxStringLength: 1e6 });
        expect(found !== undefined).toBe(depthOf(value) > maxDepth);
      }),
    );
  });
});
