import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientSummarySchema } from '@meridian/sdk';
import {
  startFakeModelServer,
  type FakeModelServer,
  type ReceivedChat,
} from '../../platform/llm/testing/fake-model-server.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { trendPatientBundle } from './testing/summary-fixtures.js';

const at = '2026-06-01T12:00:00Z';
const narrative = {
  sentences: [
    { section: 'problems', text: 'Long-standing hypertension since 2015.', sources: ['Condition/llm-1-htn'] },
    {
      section: 'vital-signs',
      text: 'Heart rate has risen to 104 /min over three days with a fever of 38.5 Cel.',
      sources: ['Observation/llm-1-hr3', 'Observation/llm-1-t2'],
    },
    { section: 'laboratory', text: 'Lactate is 4.1 mmol/L.', sources: ['Observation/not-in-record'] },
    { section: 'medications', text: 'Give amoxicillin 500 mg PO TID.', sources: ['MedicationRequest/llm-1-med'] },
    { section: 'allergies', text: 'No known drug allergies.', sources: [] },
  ],
};

describe.each(DB_KINDS)('summary narrative by a model on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  let reply: (chat: ReceivedChat) => { content?: unknown; status?: number } = () => ({ content: narrative });
  beforeAll(async () => {
    if (skip) return;
    model = await startFakeModelServer((chat) => reply(chat));
    t = await createTestApp(kind, 'clinic-narrative', {
      services: {
        caseAnalysis: {
          defaultEndpoint: {
            baseUrl: model.baseUrl,
            models: [{ model: 'summary-model' }],
            maxRetries: 0,
            timeoutMs: 5000,
          },
        },
      },
    });
    expect(
      (
        await request(t.app)
          .post('/fhir')
          .set('Authorization', `Bearer ${t.keys.integration}`)
          .send(trendPatientBundle('llm-1'))
      ).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await t?.dispose();
    await model?.close();
  });
  const summarise = (body: object = {}) =>
    request(t.app)
      .post('/patients/llm-1/summary')
      .set('Authorization', `Bearer ${t.keys.clinician}`)
      .send({ referenceTime: at, ...body });

  it.skipIf(skip)(
    'keeps grounded sentences, drops the ungrounded, uncited and dosing ones and counts them',
    async () => {
      const res = await summarise();
      expect(res.status).toBe(200);
      const summary = patientSummarySchema.parse(res.body);
      expect(summary.provenance).toMatchObject({
        engine: 'llm',
        model: 'summary-model',
        promptVersion: 'patient-summary/1',
        chunks: 1,
        // One dosing sentence of the model, and the record's own dose in the Bundle's copy of the MedicationRequest.
        removals: { dosing: 2, ungrounded: 1, uncited: 1 },
      });
      expect(summary.provenance.guardrail).toEqual([
        {
          path: expect.stringMatching(
            /^document\.entry\[\d+\]\.resource\.medicationCodeableConcept\.coding\[0\]\.display$/,
          ),
          reason: 'dose',
          rule: 'dose-unit',
          dropped: 'field',
        },
      ]);
      expect(JSON.stringify(summary)).not.toMatch(/250 MG/);
      expect(summary.provenance.note).toBeUndefined();
      expect(summary.narrative.map((s) => s.text)).toEqual([
        narrative.sentences[0]!.text,
        narrative.sentences[1]!.text,
      ]);
      expect(summary.narrative.every((s) => s.engine === 'llm')).toBe(true);
      const div = (summary.document.entry![0]!.resource as any).text.div as string;
      expect(div).toContain('Long-standing hypertension');
      expect(div).not.toMatch(/amoxicillin|Lactate/i);
      // The model saw the record's facts with their references, and the facts name no dose.
      const sent = model.chats.at(-1)!;
      expect(sent.response_format?.json_schema?.name).toBe('patient_summary');
      expect(sent.messages.at(-1)!.content).toContain('Observation/llm-1-hr3');
      expect(sent.messages.at(-1)!.content).not.toMatch(/250 MG/);
    },
  );

  it.skipIf(skip)('falls back to the rules narrative, and says so, when the model fails', async () => {
    reply = () => ({ status: 500 });
    // Other facts (two values per trend), so the gateway's cache of the first answer does not apply.
    const summary = patientSummarySchema.parse((await summarise({ trendPoints: 2 })).body);
    expect(summary.provenance).toMatchObject({
      engine: 'rules',
      promptVersion: 'rules/1',
      fallbacks: [{ model: 'summary-model', reason: expect.any(String) }],
    });
    expect(summary.provenance.note).toMatch(/failed or was unavailable/);
    expect(summary.narrative.every((s) => s.engine === 'rules')).toBe(true);
  });
});
