import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fhirServerAllowed } from './fhir-server-allow.js';

const LIST = ['https://ehr.example.org/fhir', 'http://127.0.0.1:8080/'];

describe('fhirServerAllowed: the SSRF guard on fetched prefetch', () => {
  it.each([
    ['https://ehr.example.org/fhir', true],
    ['https://ehr.example.org/fhir/', true],
    ['https://ehr.example.org/fhir/r4', true],
    ['https://EHR.example.org:443/fhir', true],
    ['http://127.0.0.1:8080/anything', true],
    ['https://ehr.example.org/fhirx', false],
    ['https://ehr.example.org/', false],
    ['http://ehr.example.org/fhir', false],
    ['https://ehr.example.org:8443/fhir', false],
    ['https://ehr.example.org.evil.test/fhir', false],
    ['https://evil.test/fhir', false],
    ['http://169.254.169.254/latest/meta-data', false],
    ['http://127.0.0.1:5432/', false],
    ['https://ehr.example.org/fhir/../admin', false],
    ['https://ehr.example.org/fhir/%2e%2e/admin', false],
    ['https://user:pass@ehr.example.org/fhir', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(fhirServerAllowed(url, LIST)).toBe(allowed);
  });

  it('allows nothing with an empty list, and any http(s) URL only without one (the unsigned demo caller)', () => {
    expect(fhirServerAllowed('https://ehr.example.org/fhir', [])).toBe(false);
    expect(fhirServerAllowed('https://anything.example/fhir', undefined)).toBe(true);
    expect(fhirServerAllowed('gopher://x/', undefined)).toBe(false);
  });

  it('never allows a URL whose origin is not listed, whatever its path', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const origin = new URL(url).origin;
        if (origin === 'https://ehr.example.org' || origin === 'http://127.0.0.1:8080') return;
        expect(fhirServerAllowed(url, LIST)).toBe(false);
      }),
    );
  });
});
