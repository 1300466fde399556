import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RemoteTerminology } from '@meridian/fhir-adapter';
import { riskAssessResponseSchema } from '@meridian/sdk';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { DEADLINE_SLACK_MS, PEER_HANG_MS } from '../../testing/timing.js';

/**
 * The optional terminology server, against a real FHIR terminology peer over
 * loopback: a small node:http server that answers `ValueSet/$validate-code`
 * and `CodeSystem/$subsumes` as a FHIR terminology service does (the edge
 * double; no terminology server runs here).
 */
const HF_URL = 'http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.526.3.376';
const SNOMED = 'http://snomed.info/sct';
const KNOWN = '1204021005'; // not in the vendored sets; the peer says it is in Heart Failure

function startPeer() {
  const peer = { requests: [] as string[], delayMs: 0, fail: false };
  const server: Server = createServer((req, res) => {
    peer.requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://peer');
    const answer = () => {
      if (peer.fail) {
        res
          .writeHead(500, { 'content-type': 'application/fhir+json' })
          .end('{"resourceType":"OperationOutcome","issue":[]}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/fhir+json' });
      if (url.pathname === '/ValueSet/$validate-code') {
        const yes =
          url.searchParams.get('url') === HF_URL &&
          url.searchParams.get('system') === SNOMED &&
          url.searchParams.get('code') === KNOWN;
        res.end(JSON.stringify({ resourceType: 'Parameters', parameter: [{ name: 'result', valueBoolean: yes }] }));
      } else if (url.pathname === '/CodeSystem/$subsumes') {
        const outcome =
          url.searchParams.get('codeA') === '84114007' && url.searchParams.get('codeB') === KNOWN
            ? 'subsumes'
            : 'not-subsumed';
        res.end(JSON.stringify({ resourceType: 'Parameters', parameter: [{ name: 'outcome', valueCode: outcome }] }));
      } else res.end('{"resourceType":"OperationOutcome","issue":[]}');
    };
    setTimeout(answer, peer.delayMs);
  });
  return { server, peer };
}

describe('terminology server (TERMINOLOGY_URL)', () => {
  let server: Server;
  let peer: ReturnType<typeof startPeer>['peer'];
  let baseUrl: string;
  beforeAll(async () => {
    ({ server, peer } = startPeer());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('asks $validate-code and $subsumes, and caches the answers', async () => {
    const remote = new RemoteTerminology({ baseUrl });
    expect(
      await remote.validateCode({ valueSetUrl: HF_URL, system: 'urn:oid:2.16.840.1.113883.6.96', code: KNOWN }),
    ).toBe(true);
    expect(await remote.validateCode({ valueSetUrl: HF_URL, system: SNOMED, code: '44054006' })).toBe(false);
    expect(await remote.subsumes(SNOMED, '84114007', KNOWN)).toBe(true);
    const before = peer.requests.length;
    const batch = await remote.resolve([
      { valueSetUrl: HF_URL, system: SNOMED, code: KNOWN },
      { valueSetUrl: HF_URL, system: SNOMED, code: '44054006' },
    ]);
    expect(batch).toMatchObject({ asked: 2, fromCache: 2, unanswered: 0, memberships: [{ code: KNOWN }] });
    expect(peer.requests.length).toBe(before);
  });

  it('gives up at the time budget, and treats errors as unanswered', async () => {
    peer.delayMs = PEER_HANG_MS;
    const slow = new RemoteTerminology({ baseUrl, budgetMs: 100 });
    const started = Date.now();
    const late = await slow.resolve([{ valueSetUrl: HF_URL, system: SNOMED, code: KNOWN }]);
    expect(Date.now() - started).toBeLessThan(100 + DEADLINE_SLACK_MS);
    expect(late).toMatchObject({ memberships: [], unanswered: 1 });
    peer.delayMs = 0;
    peer.fail = true;
    expect(
      await new RemoteTerminology({ baseUrl }).validateCode({ valueSetUrl: HF_URL, system: SNOMED, code: KNOWN }),
    ).toBeUndefined();
    peer.fail = false;
  });

  describe('in POST /risk/assess', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite', 'clinic-tx', { terminology: new RemoteTerminology({ baseUrl }) });
    });
    afterAll(async () => t?.dispose());
    const bundle = (code: string) => ({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'tx', gender: 'male', birthDate: '1970-01-01' } },
        {
          resource: {
            resourceType: 'Condition',
            id: 'c',
            subject: { reference: 'Patient/tx' },
            clinicalStatus: { coding: [{ code: 'active' }] },
            code: { coding: [{ system: SNOMED, code }] },
          },
        },
      ],
    });

    it('scores a code only the terminology server knows, and says so in the provenance', async () => {
      const res = await request(t.app)
        .post('/risk/assess')
        .set('Authorization', `Bearer ${t.keys.clinician}`)
        .send({ bundle: bundle(KNOWN), calculators: ['cha2ds2-vasc'], referenceTime: '2026-06-01T00:00:00Z' });
      expect(res.status).toBe(200);
      const result = riskAssessResponseSchema.parse(res.body).results[0]!;
      expect(result.criteria.find((c) => c.name === 'congestiveHeartFailure')?.points).toBe(1);
      expect(result.inputs.find((i) => i.name === 'congestiveHeartFailure')?.provenance).toMatchObject({
        kind: 'record',
        source: 'Condition/c',
        match: { via: 'terminology-server', valueSet: { url: HF_URL }, coding: { code: KNOWN } },
      });
    });

    it('does not ask about codes the loaded sets already hold', async () => {
      const before = peer.requests.length;
      const res = await request(t.app)
        .post('/risk/assess')
        .set('Authorization', `Bearer ${t.keys.clinician}`)
        .send({ bundle: bundle('703272007'), calculators: ['cha2ds2-vasc'], referenceTime: '2026-06-01T00:00:00Z' });
      expect(res.status).toBe(200);
      const asked = peer.requests
        .slice(before)
        .filter((u) => u.includes('code=703272007') && u.includes(encodeURIComponent(HF_URL)));
      expect(asked).toEqual([]);
    });
  });
});
