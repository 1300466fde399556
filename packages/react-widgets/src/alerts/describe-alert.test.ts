import { describe, expect, it } from 'vitest';
import type { Alert } from '@meridian/sdk';
import { alertScoreText, describeAlert, isUrgent } from './describe-alert.js';

const alert = (over: Partial<Alert> = {}): Alert => ({
  id: 'a1',
  seq: 1,
  patient: 'Patient/p1',
  calculator: 'news2',
  rule: 'news2-high',
  severity: 'high',
  band: 'high',
  total: 7,
  previousBand: 'medium',
  detectedIssue: 'DetectedIssue/d1',
  riskAssessment: null,
  triggeredBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('describeAlert', () => {
  it('names the patient, then says severity, score, and the band now and before in words', () => {
    expect(describeAlert(alert(), 'Ada Demo')).toBe('Ada Demo — High: NEWS2 7, now high (was medium)');
    expect(
      describeAlert(
        alert({ calculator: 'qsofa', severity: 'moderate', total: null, previousBand: null, band: 'positive' }),
        'Ben Demo',
      ),
    ).toBe('Ben Demo — Moderate: qSOFA, now positive');
    expect(alertScoreText(alert({ band: 'medium', previousBand: 'low-zero', severity: 'moderate', total: 5 }))).toBe(
      'Moderate: NEWS2 5, now medium (was low (score 0))',
    );
  });

  it('falls back to a shortened reference when the name is unknown, never the 40-character id', () => {
    const long = `Patient/${'a'.repeat(40)}`;
    const text = describeAlert(alert({ patient: long }));
    expect(text).toBe(`Patient/${'a'.repeat(12)}… — High: NEWS2 7, now high (was medium)`);
    expect(text).not.toContain('a'.repeat(13));
    expect(describeAlert(alert())).toMatch(/^Patient\/p1 — /);
  });

  it('treats only high severity as urgent (announced assertively)', () => {
    expect(isUrgent(alert())).toBe(true);
    expect(isUrgent(alert({ severity: 'moderate' }))).toBe(false);
    expect(isUrgent(alert({ severity: 'low' }))).toBe(false);
  });
});
