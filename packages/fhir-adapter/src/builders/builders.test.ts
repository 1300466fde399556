import { describe, expect, it } from 'vitest';
import {
  basisReferences,
  buildComposition,
  buildDetectedIssue,
  buildOperationOutcome,
  buildPatientContext,
  buildRiskAssessment,
  escapeXhtml,
  operationOutcomeFromContextIssues,
  RISK_PROBABILITY,
} from '../index.js';
import { readFixture } from '@meridian/fixtures';
import { validateR4 } from '../testing/validate.js';

const NEWS2 = { system: 'https://meridian.example/fhir/CodeSystem/scores', code: 'news2', display: 'NEWS2' } as const;

function expectValid(resource: unknown): void {
  const result = validateR4(resource);
  expect(result.schemaErrors).toEqual([]);
  expect(result.fhirJsErrors).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('the validation helper itself', () => {
  it('rejects an invalid resource with both validators', () => {
    const result = validateR4({
      resourceType: 'RiskAssessment',
      status: 'final',
      subject: { reference: 'Patient/1' },
      bogus: 1,
    });
    expect(result.valid).toBe(false);
    expect(result.schemaErrors.length).toBeGreaterThan(0);
    expect(result.fhirJsErrors.length).toBeGreaterThan(0);
  });
});

describe('buildRiskAssessment', () => {
  it('builds a valid final RiskAssessment whose basis is the exact resources used', () => {
    const context = buildPatientContext(
      readFixture('inferno-reference-server-data/uscore_bundle_patient_client_test.json'),
      { referenceTime: '2024-01-01T00:00:00Z' },
    );
    const basis = basisReferences(context, [
      'respiratoryRate',
      'heartRate',
      'oxygenSaturation',
      'levelOfConsciousness',
    ]);
    expect(basis).toEqual([
      'Observation/us-core-client-tests-respiratory-rate',
      'Observation/us-core-client-tests-heart-rate',
      'Observation/us-core-client-tests-pulse-oximetry',
    ]);
    const resource = buildRiskAssessment({
      id: 'news2-1',
      subject: context.patient.reference,
      occurrence: '2024-01-01T00:00:00Z',
      method: NEWS2,
      predictions: [
        { outcome: 'Clinical deterioration', qualitativeRisk: 'high', probability: 0.3, rationale: 'RR 26 scores 3' },
      ],
      basis,
      notes: ['Values are stale.'],
      citations: ['Royal College of Physicians. NEWS2, 2017.'],
    });
    expect(resource).toMatchObject({
      resourceType: 'RiskAssessment',
      status: 'final',
      subject: { reference: 'Patient/us-core-client-tests-patient' },
      prediction: [{ qualitativeRisk: { coding: [RISK_PROBABILITY.high] }, probabilityDecimal: 0.3 }],
    });
    expect(resource.basis).toHaveLength(3);
    expect(resource.note?.[1]?.text).toBe('Source: Royal College of Physicians. NEWS2, 2017.');
    expectValid(resource);
  });

  it('omits probability when not given and rejects bad input', () => {
    const minimal = buildRiskAssessment({
      subject: 'Patient/1',
      occurrence: '2024-01-01',
      method: NEWS2,
      predictions: [{ qualitativeRisk: 'low' }],
    });
    expect(minimal.prediction?.[0]?.probabilityDecimal).toBeUndefined();
    expectValid(minimal);
    expect(() =>
      buildRiskAssessment({
        subject: 'Patient/1',
        occurrence: '2024-01-01',
        method: NEWS2,
        predictions: [{ qualitativeRisk: 'low', probability: 1.2 }],
      }),
    ).toThrow(RangeError);
    expect(() =>
      buildRiskAssessment({
        subject: 'nobody',
        occurrence: '2024-01-01',
        method: NEWS2,
        predictions: [{ qualitativeRisk: 'low' }],
      }),
    ).toThrow(TypeError);
    expect(() =>
      buildRiskAssessment({
        subject: 'Patient/1',
        occurrence: '2024-01-01T10:00',
        method: NEWS2,
        predictions: [{ qualitativeRisk: 'low' }],
      }),
    ).toThrow(TypeError);
  });
});

describe('buildDetectedIssue', () => {
  it('builds a valid DetectedIssue with evidence and implicated resources', () => {
    const resource = buildDetectedIssue({
      id: 'flag-1',
      patient: 'Patient/1',
      identified: '2024-05-01T12:00:00Z',
      severity: 'high',
      code: {
        system: 'https://meridian.example/fhir/CodeSystem/red-flags',
        code: 'sepsis',
        display: 'Possible sepsis',
      },
      detail: 'Lactate > 4 mmol/L & SBP < 90 mmHg.',
      implicated: ['MedicationRequest/m1'],
      evidence: ['Observation/lactate', 'Observation/bp'],
      reference: 'https://www.sccm.org/survivingsepsiscampaign',
      author: 'Device/meridian',
    });
    expect(resource.evidence?.[0]?.detail).toHaveLength(2);
    expectValid(resource);
    expectValid(
      buildDetectedIssue({
        patient: 'Patient/1',
        identified: '2024-05-01',
        severity: 'low',
        code: NEWS2,
        detail: '',
        status: 'preliminary',
      }),
    );
  });
});

describe('buildOperationOutcome', () => {
  it('builds a valid OperationOutcome from explicit issues and from context issues', () => {
    const outcome = buildOperationOutcome([
      {
        severity: 'error',
        code: 'not-found',
        details: 'Patient not found',
        expression: ['context.patientId'],
        diagnostics: 'GET Patient -> 404',
      },
    ]);
    expect(outcome.issue[0]).toEqual({
      severity: 'error',
      code: 'not-found',
      details: { text: 'Patient not found' },
      diagnostics: 'GET Patient -> 404',
      expression: ['context.patientId'],
    });
    expectValid(outcome);
    expectValid(buildOperationOutcome([]));
    const context = buildPatientContext(readFixture('inferno-reference-server-data/uscore_bundle_patient_355.json'), {
      referenceTime: '2024-01-01T00:00:00Z',
    });
    const fromContext = operationOutcomeFromContextIssues(context.issues);
    expect(fromContext.issue).toHaveLength(context.issues.length);
    expectValid(fromContext);
    const junk = buildPatientContext({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: 'x' }] });
    const structural = operationOutcomeFromContextIssues(junk.issues);
    expect(structural.issue).toContainEqual(
      expect.objectContaining({ code: 'structure', expression: ['Bundle.entry[0]'] }),
    );
    expectValid(structural);
  });
});

describe('buildComposition', () => {
  it('escapes narrative text and validates', () => {
    const resource = buildComposition({
      id: 'summary-1',
      subject: 'Patient/1',
      date: '2024-05-01T12:00:00Z',
      title: 'Meridian case summary',
      author: 'Device/meridian',
      sections: [
        {
          title: 'Assessment',
          paragraphs: ['SpO2 < 92 % & RR > 24', '<script>alert("x")</script>'],
          entries: ['RiskAssessment/news2-1'],
        },
        { title: 'Empty', paragraphs: [] },
      ],
    });
    const div = resource.section?.[0]?.text?.div ?? '';
    expect(div).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>SpO2 &lt; 92 % &amp; RR &gt; 24</p><p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p></div>',
    );
    expect(div).not.toContain('<script>');
    expect(resource.status).toBe('preliminary');
    expectValid(resource);
    expect(escapeXhtml(`a'b`)).toBe('a&#39;b');
  });
});
