/**
 * `POST /phi/scrub` on the held-out fifth of the vendored public PHI sets
 * (`id % 5 === 4`, never read while tuning the rules), on both databases:
 * recall, span precision and the PHI-free records altered stay above the
 * floors, so that a regression of the rules fails CI. Figures: docs/BENCHMARKS.md.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phiScrubResponseSchema, type PhiSpanResult } from '@meridian/sdk';
import {
  clinicalQueries,
  oncologySentences,
  presidioSynthetic,
  type PhiRecord,
} from '../../engines/phi/testing/phi-corpora.js';
import { rate, scorePhi } from '../../engines/phi/testing/score-phi.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const heldOut = (records: PhiRecord[]) => records.filter((r) => r.split === 'held-out');

describe.each(DB_KINDS)('PHI scrub API on the held-out public records, $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-phi-held-out');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  /** The spans the API returns for each record, by record text. */
  async function scrubAll(records: PhiRecord[]): Promise<Map<string, PhiSpanResult[]>> {
    const spans = new Map<string, PhiSpanResult[]>();
    for (const r of records) {
      const res = await request(t.app)
        .post('/phi/scrub')
        .set('Authorization', `Bearer ${t.keys.integration}`)
        .send({ text: r.text });
      expect(res.status, r.text).toBe(200);
      const body = phiScrubResponseSchema.parse(res.body);
      for (const s of body.spans) expect(body.text).not.toContain(r.text.slice(s.start, s.end));
      spans.set(r.text, body.spans);
    }
    return spans;
  }

  it.skipIf(skip)(
    'clinical queries: recall >= 0.98, span precision >= 0.98, at most 5% of PHI-free queries altered',
    async () => {
      const records = heldOut(clinicalQueries());
      expect(records.length).toBe(210);
      const spans = await scrubAll(records);
      const score = scorePhi(records, (text) => spans.get(text)!);
      expect(rate(score.recall)).toBeGreaterThanOrEqual(0.98);
      expect(rate(score.precision)).toBeGreaterThanOrEqual(0.98);
      expect(score.phiFree.total).toBeGreaterThan(40);
      expect(1 - rate(score.phiFree)).toBeLessThanOrEqual(0.05);
      for (const category of ['A', 'B', 'C', 'H'])
        expect(rate(score.recallByCategory.get(category)!), category).toBeGreaterThanOrEqual(0.97);
    },
    120_000,
  );

  it.skipIf(skip)(
    'Presidio synthetic (international, non-clinical): precision >= 0.97 and the pattern categories all found',
    async () => {
      const records = heldOut(presidioSynthetic());
      const spans = await scrubAll(records);
      const score = scorePhi(records, (text) => spans.get(text)!);
      expect(rate(score.precision)).toBeGreaterThanOrEqual(0.97);
      expect(rate(score.recall)).toBeGreaterThanOrEqual(0.6);
      for (const category of ['C', 'F', 'G', 'J', 'N', 'O'])
        expect(rate(score.recallByCategory.get(category)!), category).toBe(1);
    },
    120_000,
  );

  it.skipIf(skip)('PHI-free clinical sentences of another public source: at most 5% altered', async () => {
    const records = oncologySentences();
    const spans = await scrubAll(records);
    const score = scorePhi(records, (text) => spans.get(text)!);
    expect(score.phiFree.total).toBeGreaterThan(30);
    expect(1 - rate(score.phiFree)).toBeLessThanOrEqual(0.05);
  });
});
