import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPatientContext, FhirInputError } from '../index.js';

const NOW = '2024-05-01T12:00:00Z';
const patient = { resourceType: 'Patient', id: 'p1', birthDate: '1950-06-01', gender: 'female' };
const hr = (id: string, value: number, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  subject: { reference: 'Patient/p1' },
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
  effectiveDateTime: '2024-05-01T11:00:00Z',
  valueQuantity: { value, unit: 'beats/min', system: 'http://unitsofmeasure.org', code: '/min' },
  ...extra,
});
const bundle = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: [patient, ...resources].map((resource) => ({ resource })),
});
const build = (...resources: unknown[]) => buildPatientContext(bundle(...resources), { referenceTime: NOW });

describe('top-level input', () => {
  it.each([null, undefined, 'Bundle', 42, [], { resourceType: 'Patient' }, { resourceType: 'Bundle', entry: 'x' }])(
    'throws FhirInputError for %j',
    (input) => {
      expect(() => buildPatientContext(input)).toThrow(FhirInputError);
    },
  );

  it('throws FhirInputError for an invalid referenceTime', () => {
    expect(() => buildPatientContext(bundle(), { referenceTime: 'yesterday' })).toThrow(/referenceTime/);
  });
});

describe('bad data inside the input is reported, never thrown', () => {
  it('reports entries that are not resources', () => {
    const context = buildPatientContext(
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: patient },
          { resource: 'Observation' },
          { resource: { id: 'x' } },
          7,
          { resource: { resourceType: 'Observation', id: 9 } },
        ],
      },
      { referenceTime: NOW },
    );
    expect(context.issues.filter((i) => i.code === 'invalid-resource').map((i) => i.source)).toEqual([
      'Bundle.entry[1]',
      'Bundle.entry[2]',
      'Bundle.entry[3]',
      'Bundle.entry[4]',
    ]);
  });

  it('skips entered-in-error and cancelled observations', () => {
    const context = build(
      hr('a', 70, { status: 'entered-in-error', effectiveDateTime: '2024-05-01T11:59:00Z' }),
      hr('b', 80, { status: 'cancelled' }),
      hr('c', 60, { effectiveDateTime: '2024-05-01T08:00:00Z' }),
    );
    expect(context.measurements.heartRate).toMatchObject({ value: 60, source: 'Observation/c' });
    expect(context.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['entered-in-error', 'cancelled']));
  });

  it('handles duplicate ids deterministically (the later meta.lastUpdated wins, else the first)', () => {
    const first = hr('dup', 70, { meta: { lastUpdated: '2024-05-01T10:00:00Z' } });
    const second = hr('dup', 90, { meta: { lastUpdated: '2024-05-01T11:00:00Z' } });
    expect(build(first, second).measurements.heartRate?.value).toBe(90);
    expect(build(second, first).measurements.heartRate?.value).toBe(90);
    const context = build(hr('same', 71), hr('same', 72));
    expect(context.measurements.heartRate?.value).toBe(71);
    expect(context.issues).toContainEqual(expect.objectContaining({ code: 'duplicate-id', source: 'Bundle.entry[2]' }));
  });

  it('ignores (and reports) observations about another patient', () => {
    const context = build(
      hr('mine', 70),
      hr('theirs', 120, { subject: { reference: 'Patient/p2' }, effectiveDateTime: '2024-05-01T11:30:00Z' }),
    );
    expect(context.measurements.heartRate?.source).toBe('Observation/mine');
    expect(context.issues).toContainEqual(
      expect.objectContaining({ code: 'other-patient', source: 'Observation/theirs' }),
    );
  });

  it('reads effectivePeriod, effectiveInstant and issued; ignores values after the reference time', () => {
    const { effectiveDateTime: _, ...noTime } = hr('x', 0);
    const context = build(
      {
        ...noTime,
        id: 'period',
        valueQuantity: { value: 61, code: '/min' },
        effectivePeriod: { start: '2024-05-01T09:00:00Z', end: '2024-05-01T09:30:00Z' },
      },
      {
        ...noTime,
        id: 'instant',
        valueQuantity: { value: 62, code: '/min' },
        effectiveInstant: '2024-05-01T10:00:00.000Z',
      },
      { ...noTime, id: 'issued', valueQuantity: { value: 63, code: '/min' }, issued: '2024-05-01T10:30:00Z' },
      {
        ...noTime,
        id: 'future',
        valueQuantity: { value: 64, code: '/min' },
        effectiveDateTime: '2024-06-01T00:00:00Z',
      },
      { ...noTime, id: 'none', valueQuantity: { value: 65, code: '/min' } },
    );
    expect(context.measurements.heartRate).toMatchObject({ value: 63, effective: '2024-05-01T10:30:00Z' });
    expect(context.issues).toContainEqual(
      expect.objectContaining({ code: 'after-reference-time', source: 'Observation/future' }),
    );
    expect(context.issues).toContainEqual(
      expect.objectContaining({ code: 'missing-effective-time', source: 'Observation/none' }),
    );
  });

  it('keeps stale values, flags them, and honours per-measure overrides', () => {
    const old = hr('old', 70, { effectiveDateTime: '2024-04-29T12:00:00Z' });
    const context = build(old);
    expect(context.measurements.heartRate?.stale).toBe(true);
    expect(context.issues).toContainEqual(expect.objectContaining({ code: 'stale', source: 'Observation/old' }));
    const lenient = buildPatientContext(bundle(old), { referenceTime: NOW, staleAfterHours: { heartRate: 72 } });
    expect(lenient.measurements.heartRate?.stale).toBe(false);
  });

  it('excludes refuted / resolved / abated conditions, ended medications and refuted allergies', () => {
    const condition = (id: string, extra: Record<string, unknown>) => ({
      resourceType: 'Condition',
      id,
      subject: { reference: 'Patient/p1' },
      code: {
        coding: [
          { system: 'http://snomed.info/sct', code: '44054006' },
          { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' },
        ],
      },
      ...extra,
    });
    const status = (system: string, code: string) => ({
      coding: [{ system: `http://terminology.hl7.org/CodeSystem/${system}`, code }],
    });
    const context = build(
      condition('active', { clinicalStatus: status('condition-clinical', 'active') }),
      condition('refuted', { verificationStatus: status('condition-ver-status', 'refuted') }),
      condition('error', { verificationStatus: status('condition-ver-status', 'entered-in-error') }),
      condition('remission', { clinicalStatus: status('condition-clinical', 'remission') }),
      condition('abated', { abatementDateTime: '2020-01-01' }),
      {
        resourceType: 'MedicationRequest',
        id: 'm1',
        status: 'active',
        intent: 'order',
        subject: { reference: 'Patient/p1' },
        medicationCodeableConcept: { text: 'metformin' },
      },
      {
        resourceType: 'MedicationRequest',
        id: 'm2',
        status: 'completed',
        intent: 'order',
        subject: { reference: 'Patient/p1' },
        medicationCodeableConcept: { text: 'amoxicillin' },
      },
      {
        resourceType: 'AllergyIntolerance',
        id: 'a1',
        patient: { reference: 'Patient/p1' },
        code: { text: 'penicillin' },
      },
      {
        resourceType: 'AllergyIntolerance',
        id: 'a2',
        patient: { reference: 'Patient/p1' },
        code: { text: 'latex' },
        verificationStatus: status('allergyintolerance-verification', 'refuted'),
      },
    );
    expect(context.conditions.map((c) => c.source)).toEqual(['Condition/active']);
    expect(context.conditions[0]?.codes.map((c) => c.code)).toEqual(['44054006', 'E11.9']);
    expect(context.medications.map((m) => m.text)).toEqual(['metformin']);
    expect(context.allergies.map((a) => a.text)).toEqual(['penicillin']);
  });

  it('reads prefetch objects with resources, bundles, arrays and nulls', () => {
    const context = buildPatientContext(
      {
        patient,
        vitals: bundle(hr('v', 77)),
        extra: [hr('arr', 66, { effectiveDateTime: '2024-05-01T10:00:00Z' })],
        missing: null,
        user: '123',
      },
      { referenceTime: NOW },
    );
    expect(context.patient.ageYears).toBe(73);
    expect(context.measurements.heartRate?.value).toBe(77);
  });
});

describe('property: arbitrary junk inside a bundle never throws', () => {
  const junkObservation = fc.record(
    {
      resourceType: fc.constantFrom(
        'Observation',
        'Condition',
        'MedicationRequest',
        'AllergyIntolerance',
        'Patient',
        'Bundle',
      ),
      id: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
      status: fc.oneof(fc.string(), fc.constantFrom('final', 'entered-in-error'), fc.anything()),
      subject: fc.oneof(
        fc.record({ reference: fc.oneof(fc.constant('Patient/p1'), fc.string(), fc.anything()) }),
        fc.anything(),
      ),
      code: fc.oneof(
        fc.anything(),
        fc.record({
          coding: fc.array(
            fc.record({
              system: fc.constantFrom('http://loinc.org', 'http://snomed.info/sct'),
              code: fc.constantFrom('8867-4', '8310-5', '85354-9', '72166-2', '2160-0', 'x'),
            }),
          ),
        }),
      ),
      valueQuantity: fc.oneof(
        fc.anything(),
        fc.record({
          value: fc.oneof(fc.double(), fc.anything()),
          unit: fc.oneof(fc.string(), fc.anything()),
          code: fc.oneof(fc.constantFrom('/min', 'Cel', '[degF]', 'mg/dL', 'K', '%'), fc.string()),
        }),
      ),
      component: fc.anything(),
      effectiveDateTime: fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.anything(),
      ),
      effectivePeriod: fc.anything(),
      clinicalStatus: fc.anything(),
      abatementDateTime: fc.anything(),
      medicationReference: fc.anything(),
      extension: fc.anything(),
      birthDate: fc.oneof(fc.string(), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const entry = fc.oneof(
    fc.anything(),
    fc.record(
      {
        resource: fc.oneof(junkObservation, fc.anything()),
        fullUrl: fc.anything(),
        search: fc.anything(),
        request: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  );

  it('bundles', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        const context = buildPatientContext(
          { resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient }, ...entries] },
          { referenceTime: NOW },
        );
        expect(Array.isArray(context.issues)).toBe(true);
        for (const m of Object.values(context.measurements)) expect(Number.isFinite(m.value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('prefetch objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(junkObservation, fc.anything())), (prefetch) => {
        const input = { ...prefetch };
        delete (input as { resourceType?: unknown }).resourceType;
        expect(() => buildPatientContext(input, { referenceTime: NOW })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
