import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildPatientContext,
  buildPatientContextFromPrefetch,
  MEASURES,
  type MeasureKey,
  type PatientContext,
} from '../index.js';
import { FIXTURES_DIR, readFixture } from '@meridian/fixtures';

const REFERENCE_TIME = '2024-01-01T00:00:00Z';
const bundleFiles = ['synthea-smart-sample', 'inferno-reference-server-data'].flatMap((dir) =>
  readdirSync(join(FIXTURES_DIR, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`),
);
const found = new Map<string, PatientContext>();

function contextOf(file: string): PatientContext {
  const cached = found.get(file);
  if (cached !== undefined) return cached;
  const context = buildPatientContext(readFixture(file), { referenceTime: REFERENCE_TIME });
  found.set(file, context);
  return context;
}

describe('every fixture patient bundle', () => {
  it('finds the three bundles', () => {
    expect(bundleFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(bundleFiles)('%s builds without throwing and with a patient', (file) => {
    const context = contextOf(file);
    expect(context.patient.id).not.toBe('');
    expect(context.patient.ageYears).toBeGreaterThan(0);
    expect(Object.keys(context.measurements).length).toBeGreaterThan(3);
    for (const m of Object.values(context.measurements)) {
      const { min, max } = MEASURES[m.concept].plausible;
      expect(m.value).toBeGreaterThanOrEqual(min);
      expect(m.value).toBeLessThanOrEqual(max);
      expect(m.unit).toBe(MEASURES[m.concept].unit);
    }
  });
});

describe('Inferno US Core client-test bundle', () => {
  const context = () => contextOf('inferno-reference-server-data/uscore_bundle_patient_client_test.json');

  it('has one of each vital sign, normalised', () => {
    const m = context().measurements;
    expect(m.heartRate).toMatchObject({
      value: 44,
      unit: '/min',
      source: 'Observation/us-core-client-tests-heart-rate',
    });
    expect(m.respiratoryRate).toMatchObject({ value: 26, unit: '/min' });
    expect(m.temperature).toMatchObject({ value: 36.55556, unit: 'Cel' });
    expect(m.oxygenSaturation).toMatchObject({ value: 99, unit: '%' });
    expect(m.systolicBp).toMatchObject({
      value: 109,
      unit: 'mm[Hg]',
      source: 'Observation/us-core-client-tests-blood-pressure',
    });
    expect(m.systolicBp?.matchedCode).toEqual({ system: 'http://loinc.org', code: '8480-6' });
    expect(m.diastolicBp).toMatchObject({ value: 44, unit: 'mm[Hg]' });
    expect(m.bodyWeight).toMatchObject({ value: 20.09414, unit: 'kg' });
    expect(m.bodyHeight).toMatchObject({ value: 111.506, unit: 'cm' });
    expect(m.bmi).toMatchObject({ value: 16.2, unit: 'kg/m2' });
  });

  it('flags 1999 vital signs as stale, with an issue each', () => {
    const { measurements, issues } = context();
    expect(measurements.heartRate?.stale).toBe(true);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'stale', source: 'Observation/us-core-client-tests-heart-rate' }),
    );
  });

  it('reads demographics, smoking and pregnancy status; excludes resolved and stopped records', () => {
    const { patient, findings, conditions, medications, issues } = context();
    expect(patient).toMatchObject({
      id: 'us-core-client-tests-patient',
      sex: 'male',
      birthDate: '1940-03-29',
      ageYears: 83,
    });
    expect(patient.raceCodes?.map((c) => c.code)).toEqual(['2106-3']);
    expect(findings.smokingStatus?.value).toEqual([expect.objectContaining({ code: '428041000124106' })]);
    expect(findings.pregnancyStatus?.value).toEqual([expect.objectContaining({ code: '77386006' })]);
    expect(conditions).toEqual([]);
    expect(medications).toEqual([]);
    expect(issues.filter((i) => i.code === 'inactive').length).toBe(4);
  });
});

describe('Synthea bundle (Louis Maggio)', () => {
  const context = () => contextOf('synthea-smart-sample/Louis_Maggio_2e275d4b-855a-4eb2-9021-5410aa8acd4f.json');

  it('reads blood pressure from the 55284-4 panel and creatinine from 38483-4 in µmol/L', () => {
    const { measurements } = context();
    expect(measurements.systolicBp?.matchedCode.code).toBe('8480-6');
    expect(measurements.systolicBp?.value).toBeCloseTo(106.156, 2);
    expect(measurements.diastolicBp?.value).toBeCloseTo(84.333, 2);
    expect(measurements.creatinine?.matchedCode.code).toBe('38483-4');
    expect(measurements.creatinine?.original).toEqual({ value: 1.3736992817704916, unit: 'mg/dL' });
    expect(measurements.creatinine?.value).toBeCloseTo(1.3736992817704916 * 88.4, 0);
    expect(measurements.glucose?.value).toBeCloseTo(124.92583832205062 / 18.0156, 3);
  });

  it('has no heart rate, respiratory rate, SpO2 or temperature (older Synthea)', () => {
    const { measurements } = context();
    expect(measurements.heartRate).toBeUndefined();
    expect(measurements.oxygenSaturation).toBeUndefined();
    expect(measurements.temperature).toBeUndefined();
  });

  it('links urn:uuid subjects to the patient and keeps active conditions', () => {
    const { patient, conditions, medications, issues } = context();
    expect(patient).toMatchObject({ sex: 'male', birthDate: '1976-01-16', ageYears: 47 });
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.map((c) => c.codes[0]?.code)).toContain('44054006'); // diabetes
    expect(medications.length).toBeGreaterThan(0);
    expect(issues.filter((i) => i.code === 'other-patient')).toEqual([]);
  });
});

describe('Inferno patient 355 (1.1 MB, with an effectivePeriod.stop)', () => {
  const file = 'inferno-reference-server-data/uscore_bundle_patient_355.json';

  it('reads the mis-spelt period by its start and reports data-absent vitals', () => {
    const context = contextOf(file);
    expect(context.patient.id).toBe('355');
    expect(context.issues).toContainEqual(
      expect.objectContaining({
        code: 'no-value',
        source: 'Observation/3c766796-d8a0-480f-8215-f1e7e3afab21',
      }),
    );
    expect(context.measurements.systolicBp).toMatchObject({ value: 129, unit: 'mm[Hg]' });
    expect(context.measurements.temperature?.unit).toBe('Cel');
    expect(context.conditions.length).toBe(8);
    expect(context.allergies.length).toBe(8);
  });
});

describe('CDS Hooks spec prefetch example', () => {
  it('reads the patient and an HbA1c without effective time (reported, not thrown)', () => {
    const { prefetch } = readFixture('cds-hooks-spec/prefetch-data.json') as { prefetch: Record<string, unknown> };
    const context = buildPatientContextFromPrefetch(prefetch, { referenceTime: REFERENCE_TIME, patientId: 'example' });
    expect(context.patient.sex).toBe('male');
    expect(context.patient.ageYears).toBe(49);
    expect(context.issues).toContainEqual(expect.objectContaining({ code: 'missing-effective-time' }));
  });
});

afterAll(() => {
  const keys = Object.keys(MEASURES) as MeasureKey[];
  const rows = [...found].map(([file, context]) => ({
    bundle: file.split('/').pop()!.slice(0, 32),
    found: keys.filter((k) => context.measurements[k] !== undefined).join(' '),
    findings: Object.keys(context.findings).join(' '),
    cond: context.conditions.length,
    meds: context.medications.length,
    allergies: context.allergies.length,
    issues: context.issues.length,
  }));
  console.table(rows);
});
