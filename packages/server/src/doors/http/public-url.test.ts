import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidHost } from './public-url.js';

describe('isValidHost', () => {
  it('takes names, IPv4 and bracketed IPv6 with an optional port', () => {
    for (const host of [
      'localhost',
      'localhost:8080',
      'meridian.example.org',
      'a-b.c',
      '10.0.0.1:443',
      '[::1]',
      '[::1]:8080',
      'example.org.',
    ]) {
      expect(isValidHost(host), host).toBe(true);
    }
  });

  it('refuses what cannot be a host[:port]', () => {
    for (const host of [
      '',
      'a:b:c',
      'a:',
      ':80',
      'h:65536',
      'h:99999',
      'a b',
      'a/b',
      'a@b',
      '-a.example',
      'a..b',
      '[zz]',
      '::1',
      'x'.repeat(300),
      'h\u0000',
    ]) {
      expect(isValidHost(host), host).toBe(false);
    }
  });

  it('never throws, and whatever it takes, a URL can be built on', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (host) => {
        if (isValidHost(host)) expect(() => new URL(`http://${host}/fhir/Patient?x=1`)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
