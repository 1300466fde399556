import type { RiskAssessResponse } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import { createMetrics, registerCacheGauges } from '../../platform/telemetry/metrics.js';
import { createRiskCache, DEFAULT_RISK_CACHE_MAX_BYTES, riskAnswerSize } from './risk-cache.js';

/** An answer of about `bytes` bytes of JSON (its issues carry the bulk, as a 72 KB answer's results do). */
const answer = (bytes: number, patient = 'Patient/p'): RiskAssessResponse => ({
  patient,
  referenceTime: '2026-01-01T00:00:00Z',
  engine: 'deterministic',
  cached: false,
  results: [],
  riskAssessments: [],
  issues: [{ severity: 'information', code: 'note', source: 'x', message: 'm'.repeat(Math.max(0, bytes - 200)) }],
});

describe('the risk cache is bounded by bytes', () => {
  it('counts an answer by the length of its JSON', () => {
    const a = answer(72_000);
    expect(riskAnswerSize(a)).toBe(JSON.stringify(a).length);
    expect(riskAnswerSize(a)).toBeGreaterThan(71_000);
  });

  it('never holds more than its bound, dropping the least recently used answers', () => {
    const cache = createRiskCache({ maxBytes: 1_000_000 });
    for (let i = 0; i < 13; i++) cache.set(`k${i}`, answer(72_000, `Patient/${i}`));
    expect(cache.size).toBe(13); // 13 answers of ~72 KB fit in 1 MB
    cache.get('k0'); // used again: now the most recent
    cache.set('k13', answer(72_000));
    expect(cache.has('k0')).toBe(true);
    expect(cache.has('k1')).toBe(false); // the least recently used went
    for (let i = 14; i < 100; i++) {
      cache.set(`k${i}`, answer(72_000, `Patient/${i}`));
      expect(cache.calculatedSize).toBeLessThanOrEqual(1_000_000);
    }
    // An entry-count bound of 5,000 would have kept all 100 (7 MB).
    expect(cache.size).toBe(13);
  });

  it('does not keep an answer larger than the whole bound', () => {
    const cache = createRiskCache({ maxBytes: 10_000 });
    cache.set('small', answer(2_000));
    cache.set('huge', answer(50_000));
    expect(cache.has('huge')).toBe(false);
    expect(cache.has('small')).toBe(true);
  });

  it('defaults to 64 MiB, about 900 answers of 72 KB instead of 5,000 (350 MB)', () => {
    expect(DEFAULT_RISK_CACHE_MAX_BYTES).toBe(64 * 1024 * 1024);
    expect(createRiskCache().maxSize).toBe(DEFAULT_RISK_CACHE_MAX_BYTES);
  });

  it('shows its bytes and entries as Prometheus gauges', async () => {
    const metrics = createMetrics();
    const cache = createRiskCache({ maxBytes: 1_000_000 });
    registerCacheGauges(metrics.registry, 'risk_cache', () => ({ bytes: cache.calculatedSize, entries: cache.size }));
    registerCacheGauges(metrics.registry, 'risk_cache', () => ({ bytes: -1, entries: -1 })); // once per registry
    cache.set('a', answer(10_000));
    cache.set('b', answer(20_000));
    const text = await metrics.registry.metrics();
    expect(text).toContain(`meridian_risk_cache_bytes ${cache.calculatedSize}`);
    expect(text).toContain('meridian_risk_cache_entries 2');
  });
});
