import { describe, expect, it } from 'vitest';
import type { Alert } from '@meridian/sdk';
import { describeAlert, isUrgent } from './describe-alert.js';

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
  it('says severity, score, band and what it was, and the patient', () => {
    expect(describeAlert(alert())).toBe('High: NEWS2 7 (band high, was medium) for Patient/p1');
    expect(
      describeAlert(
        alert({ calculator: 'qsofa', severity: 'moderate', total: null, previousBand: null, band: 'positive' }),
      ),
    ).toBe('Moderate: qSOFA (band positive) for Patient/p1');
  });

  it('treats only high severity as urgent (announced assertively)', () => {
    expect(isUrgent(alert())).toBe(true);
    expect(isUrgent(alert({ severity: 'moderate' }))).toBe(false);
    expect(isUrgent(alert({ severity: 'low' }))).toBe(false);
  });
});
