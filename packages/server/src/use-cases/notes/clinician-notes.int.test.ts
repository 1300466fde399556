/**
 * `POST /notes/extract` on a note written as clinicians write them, on both
 * databases: the answer is valid FHIR R4, the molar creatinine has the molar
 * LOINC code and a unit without the full stop, and the allergy's reaction is
 * in the AllergyIntolerance, not a Condition.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionResultSchema } from '@meridian/sdk';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const NOTE = `Pt c/o SOB x2d, hx of HTN.
Allergies: penicillin (rash).
- Cr 92umol/L
- BP 140/90mmHg, T38.6
Creatinine 92 umol/L.`;

describe.each(DB_KINDS)('POST /notes/extract, clinician shorthand, on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-shorthand');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(skip)(
    'answers valid FHIR R4 with molar LOINC codes, clean units and the reaction in the allergy',
    async () => {
      const res = await request(t.app)
        .post('/notes/extract')
        .set('Authorization', `Bearer ${t.keys.clinician}`)
        .send({ text: NOTE, patient: 'Patient/s1' });
      expect(res.status).toBe(200);
      const { bundle } = extractionResultSchema.parse(res.body);
      expect(validateR4(bundle).schemaErrors).toEqual([]);
      const resources = bundle.entry!.map((e) => e.resource as any);
      const creatinine = resources.filter((r) => r.code?.coding?.[0]?.code === '14682-9');
      expect(creatinine.map((r) => r.valueQuantity)).toEqual([
        { value: 92, unit: 'umol/L', system: 'http://unitsofmeasure.org', code: 'umol/L' },
        { value: 92, unit: 'umol/L', system: 'http://unitsofmeasure.org', code: 'umol/L' },
      ]);
      expect(JSON.stringify(bundle)).not.toMatch(/2160-0|umol\/L\./);
      const allergy = resources.find((r) => r.resourceType === 'AllergyIntolerance');
      expect(allergy.reaction).toEqual([{ manifestation: [{ text: 'rash' }] }]);
      expect(resources.filter((r) => r.resourceType === 'Condition').map((r) => r.code.text)).toEqual(['SOB', 'HTN']);
    },
  );
});
