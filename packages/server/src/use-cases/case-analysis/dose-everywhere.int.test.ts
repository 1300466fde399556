import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAnalysisSchema } from '@meridian/sdk';
import { caseAnalysisHandler } from '../../doors/workers/case-analysis-worker.js';
import type { CaseAnalysisDraft } from '../../engines/analysis/analysis-draft.js';
import { responseLeaves } from '../../engines/safety/response-leaves.js';
import { startFakeModelServer, type FakeModelServer } from '../../platform/llm/testing/fake-model-server.js';
import { setTenantLlmConfig } from '../../platform/llm/tenant-llm-config.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { acutePatientBundle, citedDraft } from './testing/case-fixtures.js';

/** The doses the scripted model writes, one per field, in the shapes the issue found leaking. */
const DOSES = [
  'give amoxicillin 500 mg PO TID',
  'amox 500 q8',
  'start norad at 0.05',
  'gent 7 per kg',
  "omit tonight's warfarin",
  'cut the furosemide in half',
  'Five hundred milligrams of amoxicillin',
  'c\u0435ftriaxone 2 g IV',
  'vanc 1g bd',
  'pip-taz 4.5 tds',
  'Hold the apixaban.',
  'Noradrenalin 0,1 Mikrogramm/kg/min',
];

/** A draft with a dose in EVERY text field: appended to prose, as the whole of names and findings. */
function dosedDraft(patient: string): CaseAnalysisDraft {
  const draft = citedDraft(patient);
  let n = 0;
  const next = () => DOSES[n++ % DOSES.length]!;
  const sentence = () => {
    const dose = next();
    return `${dose[0]!.toUpperCase()}${dose.slice(1)}.`;
  };
  draft.caseSummary = `${draft.caseSummary} ${sentence()}`;
  for (const d of draft.differentials) {
    d.code = { system: 'http://snomed.info/sct', code: '91302008', display: next() };
    d.findingsFor.push(next());
    d.findingsAgainst.push(next());
    // A drug in one finding and its amount in the next.
    d.findingsFor.push('vancomycin', '1 g');
  }
  draft.differentials.push({ ...structuredClone(draft.differentials[0]!), condition: next() });
  for (const f of draft.redFlags) f.why = `${f.why}\n${next()}`;
  draft.redFlags.push({ ...structuredClone(draft.redFlags[0]!), finding: next() });
  draft.escalation.advice = `${draft.escalation.advice} ${sentence()}`;
  return draft;
}

describe.each(DB_KINDS)('a model that writes doses into every field, on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  beforeAll(async () => {
    if (skip) return;
    model = await startFakeModelServer(() => ({ content: dosedDraft('dose-1') }));
    t = await createTestApp(kind, 'clinic-dose-everywhere');
    const stored = await request(t.app)
      .post('/fhir')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .send(acutePatientBundle('dose-1', new Date().toISOString()));
    expect(stored.status).toBe(200);
    await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
      baseUrl: model.baseUrl,
      models: [{ model: 'dosing-model' }],
    });
    await t.services.jobs.work(caseAnalysisHandler(t.services), 2);
  });
  afterAll(async () => {
    await t?.services.jobs.stop();
    await t?.dispose();
    await model?.close();
  });

  it.skipIf(skip)('answers with no dose in any field, and names every drop in provenance', async () => {
    const res = await request(t.app)
      .post('/cases/analyze')
      .set('Authorization', `Bearer ${t.keys.clinician}`)
      .send({ patient: 'dose-1', question: 'Sepsis?', budgetMs: 20_000 });
    expect(res.status).toBe(200);
    const analysis = caseAnalysisSchema.parse(res.body);
    expect(analysis.provenance.engine).toBe('llm');
    const { provenance, ...said } = analysis;
    const texts = responseLeaves(said).flatMap((l) => (typeof l.value === 'string' ? [l.value] : []));
    for (const dose of DOSES) expect(texts.filter((text) => text.includes(dose))).toEqual([]);
    expect(texts).not.toContain('1 g');
    // What the model said besides the doses is still there, word for word.
    expect(analysis.caseSummary).toBe(citedDraft('dose-1').caseSummary);
    expect(analysis.differentials.map((d) => d.condition)).toEqual(
      citedDraft('dose-1').differentials.map((d) => d.condition),
    );
    const guardrail = provenance.guardrail ?? [];
    expect(provenance.removals.dosing).toBe(guardrail.length);
    expect(guardrail.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        'caseSummary',
        'differentials[0].code.display',
        'differentials[0].findingsFor[2]',
        'escalation.advice',
        'redFlags[0].why',
      ]),
    );
    expect(guardrail.filter((r) => r.rule === 'split-across-fields').length).toBeGreaterThan(0);
  });
});
