import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIKELIHOOD_RANGES, type CaseAnalyzeRequest, type Differential } from '@meridian/sdk';
import type { CaseAnalysisDraft } from '../../engines/analysis/analysis-draft.js';
import { citeGuidelines } from '../../engines/analysis/cite-guidelines.js';
import * as codes from '../../engines/analysis/condition-codes.js';
import { startFakeModelServer, type FakeModelServer } from '../../platform/llm/testing/fake-model-server.js';
import { DEMO_GUIDELINES } from '../../platform/rag/demo-corpus.js';
import { createEmbedder } from '../../platform/rag/embedder.js';
import { ingestGuideline } from '../../platform/rag/ingest-guideline.js';
import { createPostgresRetriever } from '../../platform/rag/postgres-retriever.js';
import { seedDemoGuidelines } from '../../platform/rag/seed-demo-guidelines.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { demoPatientsBundle } from '../demo/demo-patients.js';
import { DEMO_TENANT, seedDemoPatients } from '../demo/seed-demo-tenant.js';
import { loadPatientContext } from '../risk-assessment/load-patient-context.js';
import { analyzeCase } from './analyze-case.js';
import { citationRelevance, retrieveCaseGuidelines } from './retrieve-guidelines.js';

const differential = (condition: string, code: { system: string; code: string; display: string }): Differential => ({
  condition,
  code,
  likelihood: { band: 'moderate', probabilityRange: { ...LIKELIHOOD_RANGES.moderate } },
  findingsFor: [],
  findingsAgainst: [],
  citations: [{ kind: 'patient-fact', reference: 'Patient/demo-ada' }],
});
const AF = { system: 'http://snomed.info/sct', code: '49436004', display: 'Atrial fibrillation' };
const PNEUMONIA = { system: 'http://snomed.info/sct', code: '233604007', display: 'Pneumonia' };

/** The demo's differentials, and the terms the passage cited for each must contain. */
const DEMO_DIFFERENTIALS: Array<[Differential, RegExp[]]> = [
  [differential('Sepsis', codes.SNOMED_SEPSIS), [/sepsis/i, /heart rate|blood pressure|lactate|confusion/i]],
  [differential('Hypoxemia', codes.SNOMED_HYPOXEMIA), [/hypox/i, /oxygen/i]],
  [differential('Pneumonia', PNEUMONIA), [/pneumonia/i]],
  [differential('Atrial fibrillation: anticoagulation', AF), [/atrial fibrillation/i, /anticoagulation/i]],
];
const draftOf = (differentials: Differential[]): CaseAnalysisDraft => ({
  caseSummary: 's',
  differentials,
  redFlags: [],
  escalation: { level: 'routine', advice: 'a' },
});

describe.each(DB_KINDS)('guideline citations that support their claim on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, DEMO_TENANT.id);
    model = await startFakeModelServer(() => ({ content: '{}' }));
    await seedDemoPatients(t.db);
    await seedDemoGuidelines(t.db, t.tenantId);
    await ensureTenant(t.db, { id: 'unrelated', name: 'Unrelated library' });
    // Only passages that name sepsis without supporting a diagnosis of it: programme management, rapid response.
    for (const doc of DEMO_GUIDELINES.filter((d) => /programs|Rapid response/.test(d.title)))
      await ingestGuideline(t.db, 'unrelated', doc);
  });
  afterAll(async () => {
    await t?.dispose();
    await model?.close();
  });
  const adaContext = () =>
    loadPatientContext(t.db, t.tenantId, { patient: 'Patient/demo-ada' }, new Date().toISOString());

  it.skipIf(skip)(
    "each demo differential cites a passage with its condition's terms (lexical, and fused with dense scores)",
    async () => {
      const draft = draftOf(DEMO_DIFFERENTIALS.map(([d]) => d));
      const context = await adaContext();
      const embedder = createEmbedder({ baseUrl: model.baseUrl, model: 'embed' });
      for (const retriever of [createPostgresRetriever(), createPostgresRetriever({ embedder })]) {
        const chunks = await retrieveCaseGuidelines(
          t.db,
          retriever,
          t.tenantId,
          { patient: 'Patient/demo-ada' },
          context,
          draft,
        );
        const relevance = await citationRelevance(retriever, draft, chunks);
        expect(relevance.similarity !== undefined).toBe(retriever.embedder !== undefined);
        const cited = citeGuidelines(draft, chunks, relevance);
        for (const [i, [d, terms]] of DEMO_DIFFERENTIALS.entries()) {
          const citation = cited.differentials[i]!.citations.find((c) => c.kind === 'guideline');
          expect(citation, `${d.condition} (${retriever.method})`).toBeDefined();
          const chunk = chunks.find((c) => citation?.kind === 'guideline' && c.chunkId === citation.chunkId)!;
          for (const term of terms) expect(`${chunk.heading}\n${chunk.text}`, d.condition).toMatch(term);
        }
      }
    },
  );

  it.skipIf(skip)("Ada's analysis cites supporting passages, never the programme-management one", async () => {
    const actor = actorFor(systemPrincipal(DEMO_TENANT.id, 'citations'), 'citations');
    const analysis = await analyzeCase(t.services, actor, { patient: 'Patient/demo-ada' });
    const { rows } = await t.db.query<{ id: string; heading: string; text: string }>(
      'SELECT id, heading, text FROM guideline_chunk WHERE tenant_id = $1',
      [t.tenantId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const cited = analysis.differentials.flatMap((d) =>
      d.citations.flatMap((c) => (c.kind === 'guideline' ? [[d.condition, byId.get(c.chunkId)!] as const] : [])),
    );
    expect(cited.map(([condition]) => condition).sort()).toEqual(['Hypoxemia', 'Sepsis']);
    for (const [condition, chunk] of cited) {
      expect(`${chunk.heading} ${chunk.text}`).toMatch(condition === 'Sepsis' ? /sepsis/i : /hypox/i);
      expect(chunk.heading).not.toMatch(/program|Education and reporting|Leadership/);
    }
  });

  it.skipIf(skip)(
    'a library of unrelated passages only: nothing is cited, though passages were retrieved',
    async () => {
      const actor = actorFor(systemPrincipal('unrelated', 'citations'), 'citations');
      const ada = demoPatientsBundle(new Date()).entry.filter((e) => String(e.resource.id).startsWith('demo-ada'));
      const bundle = { resourceType: 'Bundle', type: 'collection', entry: ada.map((e) => ({ resource: e.resource })) };
      const analysis = await analyzeCase(t.services, actor, { bundle: bundle as CaseAnalyzeRequest['bundle'] });
      expect(analysis.provenance.retrievedChunks.length).toBeGreaterThan(0);
      expect(analysis.differentials.map((d) => d.condition)).toContain('Sepsis');
      expect(analysis.differentials.flatMap((d) => d.citations).filter((c) => c.kind === 'guideline')).toEqual([]);
    },
  );
});
