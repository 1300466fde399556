import { describe, expect, it } from 'vitest';
import {
  decodeHl7Bytes,
  Hl7MappingError,
  Hl7ParseError,
  mapHl7Message,
  parseHl7Message,
  splitHl7Payload,
} from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { hl7Fixtures } from '../testing/hl7-fixtures.js';

/** Decode, split and map every message of a payload (the listener's path, without storage). */
function mapPayload(bytes: Uint8Array) {
  const decoded = decodeHl7Bytes(bytes);
  return splitHl7Payload(decoded.text).messages.map((text) => mapHl7Message(parseHl7Message(text, decoded.charset)));
}

const fixtures = hl7Fixtures();
// The BOM + LF file is an edge case Meridian reads (BOM stripped, LF segment separators accepted).
const readable = fixtures.filter((f) => !f.malformed || f.path.endsWith('malformed_bom_lf_adt_a04_v23.hl7'));
const broken = fixtures.filter((f) => !readable.includes(f));

describe('every HL7 v2 fixture', () => {
  it('finds the fixtures (22 files, 9 named malformed_)', () => {
    expect([fixtures.length, fixtures.filter((f) => f.malformed).length]).toEqual([22, 9]);
  });

  it.each(readable.map((f) => [f.path, f] as const))(
    '%s maps to FHIR R4 valid against the JSON schema and FHIR.js',
    (_path, fixture) => {
      const results = mapPayload(fixture.bytes);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        expect(result.bundle.entry.length).toBeGreaterThan(0);
        const bundle = validateR4(result.bundle);
        expect(bundle.schemaErrors).toEqual([]);
        for (const entry of result.bundle.entry) {
          const check = validateR4(entry.resource);
          expect({ resource: `${entry.resource?.resourceType}`, ...check }).toMatchObject({
            schemaErrors: [],
            fhirJsErrors: [],
            valid: true,
          });
          expect(entry.request?.url).toBe(`${entry.resource?.resourceType}/${entry.resource?.id}`);
        }
        expect(result.patients[0]).toMatch(/^Patient\/[0-9a-f]{32}$/);
        for (const warning of result.warnings) expect(warning.text).not.toMatch(/\d{5,}/);
      }
    },
  );

  it.each(readable.map((f) => [f.path, f] as const))(
    '%s maps deterministically (a resend writes the same ids)',
    (_path, fixture) => {
      expect(mapPayload(fixture.bytes)).toEqual(mapPayload(Buffer.from(fixture.bytes)));
    },
  );

  it.each(broken.map((f) => [f.path, f] as const))('%s gives a typed error, never a crash', (_path, fixture) => {
    let thrown: unknown;
    try {
      mapPayload(fixture.bytes);
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof Hl7ParseError || thrown instanceof Hl7MappingError).toBe(true);
    expect((thrown as Hl7ParseError).hl7Error.code).toMatch(/^[12]\d\d$/);
  });
});
