import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentReferenceSchema,
  extractionResultSchema,
  jobSchema,
  PHI_SCRUB_MAX_CHARS,
  phiScrubResponseSchema,
  type Job,
} from '@meridian/sdk';
import { SOURCE_SPAN_URL } from '../../../engines/extraction/fhir/extensions.js';
import { extractionHandler } from '../../workers/extraction-worker.js';
import { trendPatientBundle } from '../../../use-cases/summaries/testing/summary-fixtures.js';
import { createApiKey, generateApiKey } from '../../../platform/tenancy/api-keys.js';
import { ensureTenant } from '../../../platform/tenancy/tenants.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const LETTER = 'Seen by Dr. Emily Clark on 03/04/2022; call 415-555-1234. Denies fever. BP 142/88 mmHg.';
const spanOf = (resource: any) =>
  Object.fromEntries(
    resource.extension
      .find((e: any) => e.url === SOURCE_SPAN_URL)
      .extension.map((e: any) => [e.url, e.valueInteger ?? e.valueString]),
  );

describe.each(DB_KINDS)('POST /documents/{id}/scrub and /extract on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let docId: string;
  let otherTenantDoc: string;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-doc-actions', { services: { extraction: { queueThresholdChars: 2000 } } });
    await t.services.jobs.work(extractionHandler(t.services), 1, 0.5, 'extraction');
    expect(
      (
        await request(t.app)
          .post('/fhir')
          .set('Authorization', `Bearer ${t.keys.integration}`)
          .send(trendPatientBundle('da-1'))
      ).status,
    ).toBe(200);
    docId = (await upload(t.keys.clinician, LETTER, '?patient=Patient/da-1')).body.id;
    await ensureTenant(t.db, { id: 'clinic-elsewhere', name: 'Elsewhere' });
    const otherKey = generateApiKey();
    await createApiKey(t.db, { tenantId: 'clinic-elsewhere', name: 'other', role: 'clinician', key: otherKey });
    otherTenantDoc = documentReferenceSchema.parse((await upload(otherKey, LETTER)).body).id;
  });
  afterAll(async () => {
    await t?.services.jobs.stop();
    await t?.dispose();
  });
  const upload = (key: string, body: string, query = '') =>
    request(t.app)
      .post(`/documents${query}`)
      .set('Authorization', `Bearer ${key}`)
      .set('content-type', 'text/plain')
      .send(body);
  const post = (path: string, body: unknown, key = t.keys.clinician) =>
    request(t.app)
      .post(path)
      .set('Authorization', `Bearer ${key}`)
      .send(body as object);
  const auditTouching = async (id: string) => {
    const audit = await request(t.app)
      .get('/fhir/AuditEvent?patient=Patient/da-1&_count=100')
      .set('Authorization', `Bearer ${t.keys.auditor}`);
    return audit.body.entry
      .map((e: any) => e.resource)
      .filter((r: any) => r.entity.some((x: any) => x.what?.reference === `DocumentReference/${id}`));
  };

  it.skipIf(skip)(
    'scrubs the stored text like /phi/scrub, spans into the stored text, audited by DocumentReference and patient without the text',
    async () => {
      const res = await post(`/documents/${docId}/scrub`, {});
      expect(res.status).toBe(200);
      const body = phiScrubResponseSchema.parse(res.body);
      expect(body.text).toBe('Seen by Dr. [NAME] on [DATE]; call [PHONE]. Denies fever. BP 142/88 mmHg.');
      expect(body.spans.map((s) => s.type)).toEqual(['NAME', 'DATE', 'PHONE']);
      for (const span of body.spans) expect(LETTER.slice(span.start, span.end)).toBe(span.text);
      // The same answer as /phi/scrub for the same text and patient.
      const direct = phiScrubResponseSchema.parse(
        (await post('/phi/scrub', { text: LETTER, patient: 'Patient/da-1' })).body,
      );
      expect(body).toEqual(direct);
      // The document's patient keys the surrogates: the same as scrubbing the text for that patient.
      const surrogate = phiScrubResponseSchema.parse(
        (await post(`/documents/${docId}/scrub`, { mode: 'surrogate' })).body,
      );
      expect(surrogate.surrogateScope).toBe('patient');
      expect(surrogate.text).toBe(
        phiScrubResponseSchema.parse(
          (await post('/phi/scrub', { text: LETTER, mode: 'surrogate', patient: 'da-1' })).body,
        ).text,
      );
      expect(surrogate.text).not.toContain('Clark');
      const events = (await auditTouching(docId)).filter((r: any) => r.subtype?.[1]?.code === 'phi-scrub');
      expect(events).toHaveLength(2);
      expect(JSON.stringify(events)).toContain('"reference":"Patient/da-1"');
      expect(JSON.stringify(events)).not.toMatch(/Clark|415-555|03\/04\/2022|fever/);
    },
  );

  it.skipIf(skip)(
    'extracts the stored text like /notes/extract: the negated Condition, spans into the stored text, the patient as subject',
    async () => {
      const res = await post(`/documents/${docId}/extract`, {});
      expect(res.status).toBe(200);
      const result = extractionResultSchema.parse(res.body);
      expect(result).toMatchObject({
        patient: 'Patient/da-1',
        document: `DocumentReference/${docId}`,
        profile: 'general',
        provenance: { engine: 'rules' },
      });
      const fever = result.bundle
        .entry!.map((e) => e.resource as any)
        .find((r) => r.resourceType === 'Condition' && /fever/i.test(JSON.stringify(r.code)));
      expect(fever.subject).toEqual({ reference: 'Patient/da-1' });
      expect(fever.verificationStatus.coding[0].code).toBe('refuted');
      const span = spanOf(fever);
      expect(LETTER.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).toMatch(/fever/i);
      const direct = extractionResultSchema.parse(
        (await post('/notes/extract', { text: LETTER, patient: 'Patient/da-1' })).body,
      );
      expect(result.bundle).toEqual(direct.bundle);
      const events = (await auditTouching(docId)).filter((r: any) => r.subtype?.[1]?.code === 'note-extract');
      expect(events).toHaveLength(1);
      expect(JSON.stringify(events)).not.toMatch(/Clark|fever|142\/88/);
    },
  );

  it.skipIf(skip)(
    'a long document goes through the job queue like a long note: 202, then the result naming the document',
    async () => {
      const long = `${LETTER}\n`.repeat(30);
      const id = (await upload(t.keys.clinician, long, '?patient=Patient/da-1')).body.id;
      const res = await post(`/documents/${id}/extract`, { profile: 'general' });
      expect(res.status).toBe(202);
      expect(res.headers.location).toBe(`/jobs/${res.body.jobId}`);
      let job: Job | undefined;
      for (let i = 0; i < 200 && job?.status !== 'completed' && job?.status !== 'dead'; i++) {
        if (i) await new Promise((r) => setTimeout(r, 50));
        job = jobSchema.parse(
          (await request(t.app).get(res.headers.location!).set('Authorization', `Bearer ${t.keys.clinician}`)).body,
        );
      }
      expect(job!.status).toBe('completed');
      const result = extractionResultSchema.parse(job!.result);
      expect(result).toMatchObject({ patient: 'Patient/da-1', document: `DocumentReference/${id}` });
      const codes = (await auditTouching(id)).map((r: any) => r.subtype?.[1]?.code ?? r.action).sort();
      expect(codes).toEqual(['C', 'note-extract', 'note-extract-request']);
    },
  );

  it.skipIf(skip)(
    "unknown or another tenant's document is a 404, a bad id or body a 400, a wrong role a 403, no key a 401: each an OperationOutcome",
    async () => {
      for (const action of ['scrub', 'extract']) {
        for (const [path, body, key, status] of [
          [`/documents/00000000-0000-4000-8000-000000000000/${action}`, {}, t.keys.clinician, 404],
          [`/documents/${otherTenantDoc}/${action}`, {}, t.keys.clinician, 404],
          [`/documents/bad%20id!/${action}`, {}, t.keys.clinician, 400],
          [`/documents/${docId}/${action}`, { text: 'x' }, t.keys.clinician, 400],
          [`/documents/${docId}/${action}`, { mode: 'blur', profile: 'cardio' }, t.keys.clinician, 400],
          [`/documents/${docId}/${action}`, [], t.keys.clinician, 400],
          [`/documents/${docId}/${action}`, {}, t.keys.auditor, 403],
        ] as const) {
          const res = await post(path, body, key);
          expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(status);
          expect(res.body.resourceType).toBe('OperationOutcome');
          expect(JSON.stringify(res.body)).not.toContain('Clark');
        }
        expect((await request(t.app).post(`/documents/${docId}/${action}`).send({})).status).toBe(401);
      }
      expect((await post(`/documents/${docId}/scrub`, { patient: 'Patient/a b' })).status).toBe(400);
    },
  );

  it.skipIf(skip)('a stored text longer than /phi/scrub takes is a 422 naming the limit, not the text', async () => {
    const id = (
      await upload(
        t.keys.clinician,
        `${LETTER} `.repeat(Math.ceil(PHI_SCRUB_MAX_CHARS / LETTER.length)),
        '?patient=Patient/da-1',
      )
    ).body.id;
    const res = await post(`/documents/${id}/scrub`, {});
    expect(res.status).toBe(422);
    expect(res.body.resourceType).toBe('OperationOutcome');
    expect(JSON.stringify(res.body)).toContain(String(PHI_SCRUB_MAX_CHARS));
    expect(JSON.stringify(res.body)).not.toContain('Clark');
  });
});
