/**
 * fast-check arbitraries of hostile requests for the bad-input property test:
 * paths (with undecodable, dotted and NUL segments), query strings, headers and
 * bodies (valid bundles mutated node by node, random JSON, broken text).
 */
import fc from 'fast-check';

/** One request as the fuzzer sends it, raw. */
export interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  auth: 'none' | 'bad' | 'admin' | 'clinician' | 'integration' | 'auditor';
  contentType: string | undefined;
  body: string | undefined;
}

/** Strings that have broken servers: NUL, controls, lone surrogates, dots, huge, deep. */
const nasty = fc.constantFrom(
  '',
  '\u0000',
  'a\u0000b',
  '\u0007',
  '\uD800',
  'x\uDC00',
  '..',
  '.',
  '%',
  '%FF',
  '\uFFFD',
  'é',
  '😀',
  '\t',
  ' ',
  'x'.repeat(70),
  "';--",
  '9999',
  '0000-01-01',
);
/** Any string: arbitrary UTF-16 (lone surrogates included), or a nasty one. */
export const hostileString = fc.oneof(
  nasty,
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
);

/** Percent-encodes every UTF-8 byte (lone surrogates become U+FFFD, as on the wire). */
const encode = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
/** A path or query piece: encoded, or a raw piece that is already URL-safe but hostile (`%FF`, `%00`, `..`). */
const urlPiece = fc.oneof(
  hostileString.map(encode),
  fc.constantFrom('%FF', '%00', '%E0%A4%A', '%ED%A0%80', '..', '.', '%2E%2E', '%2F', 'a%20b'),
);

const type = fc.oneof(fc.constantFrom('Patient', 'Observation', 'AuditEvent', 'RiskAssessment', 'Condition'), urlPiece);
const id = fc.oneof(fc.constantFrom('fz-1', 'fz-2', 'missing'), urlPiece);
const queryKey = fc.constantFrom(
  'patient',
  'subject',
  'identifier',
  'code',
  'date',
  '_count',
  '_cursor',
  'agent',
  'action',
  'x',
);
const query = fc
  .array(
    fc.tuple(
      queryKey,
      fc.oneof(
        urlPiece,
        fc.constantFrom('ge2024', 'le9999', 'Patient/fz-1', '1', '0', '-4', 'http://loinc.org|8867-4'),
      ),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

/** Routes beyond the FHIR store's, with their parameters filled (the fuzzed tenant is `clinic-fuzz`). */
const OTHER_ROUTES = [
  '/cases/analyze',
  '/notes/extract',
  '/phi/scrub',
  '/training/export',
  '/safety/check',
  '/guidelines',
  '/guidelines/search',
  '/guidelines/chunks/fz-1',
  '/jobs/fz-1',
  '/escalations',
  '/escalations/fz-1/acknowledge',
  '/alerts',
  '/hl7/messages',
  '/hl7/messages/1/reprocess',
  '/documents/fz-doc/scrub',
  '/documents/fz-doc/extract',
  '/cds-services',
  '/cds-services/meridian-patient-risk',
  '/cds-services/meridian-patient-risk/feedback',
  '/cds-services/meridian-patient-risk/preview',
  '/cds-hooks/settings',
  '/cds-hooks/feedback-summary',
  '/fhir/ValueSet',
  '/fhir/ValueSet/$validate-code',
  '/admin/tenants',
  '/admin/tenants/clinic-fuzz/api-keys',
  '/admin/tenants/clinic-fuzz/api-keys/key-1/revoke',
  '/admin/tenants/clinic-fuzz/ehr-clients',
  '/admin/tenants/clinic-fuzz/ehr-clients/ehr-1',
  '/admin/tenants/clinic-fuzz/hl7-senders',
  '/admin/tenants/clinic-fuzz/model-endpoint',
] as const;

/** Every route Meridian has, and some it has not, with hostile pieces. */
export const fuzzPath = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '/fhir',
        '/fhir/AuditEvent',
        '/audit/verify',
        '/risk/assess',
        '/health/ready',
        '/metrics',
        '/documents',
        '/documents/fz-doc',
        '/patients/fz-1/summary',
      ),
      query,
    )
    .map(([p, q]) => p + q),
  // The other routes (the server-sent event streams, which stay open, are left out).
  fc.tuple(fc.constantFrom(...OTHER_ROUTES), query).map(([p, q]) => p + q),
  fc.tuple(type, query).map(([t, q]) => `/fhir/${t}${q}`),
  fc
    .tuple(type, id, fc.constantFrom('', '/_history', '/_history/1', '/x/y'))
    .map(([t, i, tail]) => `/fhir/${t}/${i}${tail}`),
  fc.array(urlPiece, { minLength: 1, maxLength: 3 }).map((segments) => `/${segments.join('/')}`),
);

const patient = {
  resourceType: 'Patient',
  id: 'fz-1',
  name: [{ family: 'Fuzz' }],
  birthDate: '1950-01-01',
  gender: 'female',
};
const observation = {
  resourceType: 'Observation',
  status: 'final',
  subject: { reference: 'Patient/fz-1' },
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
  valueQuantity: { value: 80, unit: '/min' },
  effectiveDateTime: '2024-01-01T00:00:00Z',
};
const validBundle = fc.tuple(fc.constantFrom('transaction', 'batch'), fc.integer({ min: 0, max: 2 })).map(([t, n]) => ({
  resourceType: 'Bundle',
  type: t,
  entry: [
    {
      fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      resource: patient,
      request: { method: 'PUT', url: 'Patient/fz-1' },
    },
    ...Array.from({ length: n }, (_, i) => ({
      fullUrl: `urn:uuid:00000000-0000-4000-8000-00000000000${i + 1}`,
      resource: observation,
      request: { method: 'POST', url: 'Observation' },
    })),
  ],
}));
const validRisk = fc.constantFrom(
  { patient: 'Patient/fz-1', calculators: ['news2'], answers: { consciousness: 'A', supplementalOxygen: false } },
  { patient: 'fz-1' },
);

/** Replaces one node (chosen by `pick`) of a JSON value with `replacement`. */
function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  let n = pick;
  const walk = (node: unknown): unknown => {
    if (n-- === 0) return replacement;
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value);
}

const nestedDeep = fc
  .integer({ min: 90, max: 3_000 })
  .map((levels) => JSON.parse(`${'['.repeat(levels)}1${']'.repeat(levels)}`) as unknown);
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  nestedDeep,
  fc.constantFrom({ [`k\u0000`]: 1 }, [], {}, null),
);
const mutated = fc
  .tuple(fc.oneof(validBundle, validRisk), fc.nat(60), replacement)
  .map(([v, pick, r]) => JSON.stringify(mutate(v, pick, r)));
const brokenText = fc
  .tuple(fc.oneof(validBundle, validRisk), fc.nat(400), fc.string({ maxLength: 3 }))
  .map(([v, at, junk]) => {
    const text = JSON.stringify(v);
    return text.slice(0, at % text.length) + junk + text.slice((at % text.length) + 1);
  });

/** A request body: a valid bundle or risk request, one mutated, random JSON, broken text, or none. */
export const fuzzBody = fc.oneof(
  { weight: 2, arbitrary: validBundle.map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: validRisk.map((r) => JSON.stringify(r)) },
  { weight: 4, arbitrary: mutated },
  { weight: 2, arbitrary: brokenText },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const anyRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH'),
  path: fuzzPath,
  auth: fc.constantFrom('none', 'bad', 'admin', 'clinician', 'integration', 'auditor'),
  contentType: fc.constantFrom(
    undefined,
    'application/json',
    'application/fhir+json',
    'text/plain',
    'application/json; charset=latin1',
  ),
  body: fuzzBody,
});

/** A writer's POST to `/fhir` or `/risk/assess` with a JSON body, valid or mutated: the requests that write. */
const writeRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constant('POST' as const),
  path: fc.constantFrom('/fhir', '/fhir', '/risk/assess'),
  auth: fc.constantFrom('admin', 'clinician', 'integration'),
  contentType: fc.constantFrom('application/json', 'application/fhir+json'),
  body: fuzzBody,
});

/** A whole hostile request: half of them a writer's POST (so writes happen and can be checked), half anything at all. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(writeRequest, anyRequest);
