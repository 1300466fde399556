import { PATIENT_BUNDLES, readFixture } from '@meridian/fixtures';
import { cdsServiceResponseSchema, type CdsCard } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dischargeSummaryService } from '../../../use-cases/cds-hooks/services/discharge-summary.js';
import { encounterStartService } from '../../../use-cases/cds-hooks/services/encounter-start.js';
import {
  orderSelectSafetyService,
  orderSignSafetyService,
} from '../../../use-cases/cds-hooks/services/order-safety.js';
import { createCdsTestApp, type CdsTestApp } from '../../../use-cases/cds-hooks/testing/cds-test-app.js';
import { patientIdOf, prefetchFromBundle } from '../../../use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { invariantViolations, RESPONSE_INVARIANTS } from '../../../use-cases/cds-hooks/testing/spec-invariants.js';
import { demoPatientsBundle } from '../../../use-cases/demo/demo-patients.js';
import { DB_KINDS } from '../../../testing/test-databases.js';

const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
type Bundle = { resourceType: 'Bundle'; entry: Array<{ fullUrl?: string; resource: Record<string, unknown> }> };
const synthea = () => readFixture<Bundle>(PATIENT_BUNDLES[0]);
const draft = (id: string, code: string, display: string, patientId: string) => ({
  resource: {
    resourceType: 'MedicationRequest',
    id,
    status: 'draft',
    intent: 'order',
    subject: { reference: `Patient/${patientId}` },
    medicationCodeableConcept: { coding: [{ system: RXNORM, code, display }], text: display },
  },
});
const topic = (cards: CdsCard[]) => cards.map((c) => c.source.topic?.code).sort();

function withPenicillinAllergy(bundle: Bundle, patientId: string): Bundle {
  const allergy = {
    resourceType: 'AllergyIntolerance',
    id: 'pen-allergy',
    patient: { reference: `Patient/${patientId}` },
    criticality: 'high',
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }],
    },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '91936005', display: 'Allergy to penicillin' }] },
  };
  return { ...bundle, entry: [...bundle.entry, { resource: allergy }] };
}

function conformant(body: unknown): CdsCard[] {
  expect(invariantViolations(RESPONSE_INVARIANTS, body)).toEqual([]);
  return cdsServiceResponseSchema.parse(body).cards;
}

describe.each(DB_KINDS)('orders, encounters and discharge on $kind', ({ kind, skip }) => {
  let kit: CdsTestApp;
  beforeAll(async () => {
    if (!skip) kit = await createCdsTestApp(kind);
  });
  afterAll(async () => kit?.dispose());

  it.skipIf(skip)(
    'order-sign with a Synthea patient: a duplicate NSAID and a penicillin-allergy conflict, each with evidence and a delete suggestion whose one action is the whole suggestion (requirements 92-96, 124-135)',
    async () => {
      const patientId = patientIdOf(synthea());
      const bundle = withPenicillinAllergy(synthea(), patientId);
      const context = {
        userId: 'Practitioner/dr-1',
        patientId,
        draftOrders: {
          resourceType: 'Bundle',
          type: 'collection',
          entry: [
            draft('d-ibu', '197806', 'Ibuprofen 600 MG Oral Tablet', patientId),
            draft('d-amox', '308182', 'Amoxicillin 250 MG Oral Capsule', patientId),
          ],
        },
      };
      const res = await kit.call('meridian-order-sign-safety', {
        hook: 'order-sign',
        hookInstance: crypto.randomUUID(),
        context,
        prefetch: prefetchFromBundle(bundle, orderSignSafetyService.prefetch, context),
      });
      expect(res.status, res.text).toBe(200);
      const cards = conformant(res.body);
      expect(topic(cards)).toEqual(['allergy-conflict', 'duplicate-order']);
      const allergy = cards.find((c) => c.source.topic?.code === 'allergy-conflict')!;
      expect(allergy.indicator).toBe('critical');
      expect(allergy.detail).toContain('AllergyIntolerance/pen-allergy');
      expect(allergy.selectionBehavior).toBe('at-most-one');
      expect(allergy.suggestions?.[0]?.actions).toEqual([
        {
          type: 'delete',
          description: 'Remove the draft order MedicationRequest/d-amox',
          resourceId: 'MedicationRequest/d-amox',
        },
      ]);
      const duplicate = cards.find((c) => c.source.topic?.code === 'duplicate-order')!;
      expect(duplicate.detail).toMatch(/Naproxen/);
      expect(JSON.stringify(cards)).not.toMatch(/\bmg\b.*(daily|twice)|dose of/i); // never a dose
    },
  );

  it.skipIf(skip)(
    'order-select checks only the selected orders; the R4 library example raises nothing for a patient without record',
    async () => {
      const { context } = readFixture<{ context: Record<string, unknown> }>(
        'cds-hooks-library/order-select-context-r4.json',
      );
      const patientId = String(context.patientId);
      const prefetch = prefetchFromBundle(
        { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Patient', id: patientId } }] },
        orderSelectSafetyService.prefetch,
        context,
      );
      const res = await kit.call('meridian-order-select-safety', {
        hook: 'order-select',
        hookInstance: crypto.randomUUID(),
        context,
        prefetch,
      });
      expect(res.status, res.text).toBe(200);
      expect(conformant(res.body)).toEqual([]);

      const syntheaId = patientIdOf(synthea());
      const bundle = withPenicillinAllergy(synthea(), syntheaId);
      const selectContext = {
        userId: 'Practitioner/dr-1',
        patientId: syntheaId,
        selections: ['MedicationRequest/d-ibu'],
        draftOrders: {
          resourceType: 'Bundle',
          entry: [
            draft('d-ibu', '197806', 'Ibuprofen 600 MG Oral Tablet', syntheaId),
            draft('d-amox', '308182', 'Amoxicillin 250 MG Oral Capsule', syntheaId),
          ],
        },
      };
      const selected = await kit.call('meridian-order-select-safety', {
        hook: 'order-select',
        hookInstance: crypto.randomUUID(),
        context: selectContext,
        prefetch: prefetchFromBundle(bundle, orderSelectSafetyService.prefetch, selectContext),
      });
      expect(topic(conformant(selected.body))).toEqual(['duplicate-order']);
    },
  );

  it.skipIf(skip)(
    'encounter-start raises red flags from the latest vital signs; encounter-discharge gives one readiness card',
    async () => {
      const bundle = demoPatientsBundle(new Date());
      const context = { userId: 'PractitionerRole/A2340113', patientId: 'demo-ada', encounterId: 'enc-1' };
      const start = await kit.call('meridian-encounter-start', {
        hook: 'encounter-start',
        hookInstance: crypto.randomUUID(),
        context,
        prefetch: prefetchFromBundle(bundle, encounterStartService.prefetch, context),
      });
      expect(start.status, start.text).toBe(200);
      const startCards = conformant(start.body);
      expect(startCards.every((c) => c.source.topic?.code === 'red-flag')).toBe(true);

      const discharge = await kit.call('meridian-discharge-summary', {
        hook: 'encounter-discharge',
        hookInstance: crypto.randomUUID(),
        context,
        prefetch: prefetchFromBundle(bundle, dischargeSummaryService.prefetch, context),
      });
      expect(discharge.status, discharge.text).toBe(200);
      const [card, ...rest] = conformant(discharge.body);
      expect(rest).toEqual([]);
      expect(card!.source.topic?.code).toBe('discharge-readiness');
      expect(card!.indicator).not.toBe('info'); // the demo inpatient is not ready
      expect(card!.summary).toMatch(/abnormal vital sign/);
    },
  );

  it.skipIf(skip)('encounter-discharge for a stable record gives an info card that says what was checked', async () => {
    const bundle = readFixture<Bundle>(PATIENT_BUNDLES[0]);
    const context = { userId: 'Practitioner/dr-1', patientId: patientIdOf(bundle), encounterId: 'e-1' };
    const res = await kit.call('meridian-discharge-summary', {
      hook: 'encounter-discharge',
      hookInstance: crypto.randomUUID(),
      context,
      prefetch: prefetchFromBundle(bundle, dischargeSummaryService.prefetch, context),
    });
    const [card] = conformant(res.body);
    expect(card!.indicator).toBe('info');
    expect(card!.detail).toContain('No current value for');
  });
});
