import type { AllergyEntry } from '@meridian/fhir-adapter';
import { readFixture } from '@meridian/fixtures';
import { describe, expect, it } from 'vitest';
import { ICD10_CM, RXNORM, SNOMED } from '../risk/codes/code-systems.js';
import { condition, makeContext, measurement, medication } from '../risk/testing/context-factory.js';
import { checkOrders, findAllergyConflicts, findContraindications, findDuplicateOrders } from './check-orders.js';
import { ordersFromBundle, type OrderEntry } from './orders.js';

const order = (id: string, code: string, display: string): OrderEntry => ({
  reference: `MedicationRequest/${id}`,
  resourceType: 'MedicationRequest',
  isMedication: true,
  codes: [{ system: RXNORM, code, display }],
  status: 'draft',
});
const allergy = (display: string, extra: Partial<AllergyEntry> = {}): AllergyEntry => ({
  codes: [{ system: SNOMED, code: '0', display }],
  source: 'AllergyIntolerance/a1',
  ...extra,
});
const amoxicillin = order('amox', '308182', 'Amoxicillin 250 MG Oral Capsule');

describe('allergy–order conflicts', () => {
  it('flag an amoxicillin order against a penicillin allergy, critical when the allergy is high criticality', () => {
    const context = { ...makeContext(), allergies: [allergy('Allergy to penicillin', { criticality: 'high' })] };
    const [finding] = findAllergyConflicts([amoxicillin], context);
    expect(finding).toMatchObject({
      kind: 'allergy-conflict',
      indicator: 'critical',
      evidence: [{ reference: 'AllergyIntolerance/a1' }],
    });
    expect(finding!.headline).toContain('penicillins');
  });

  it('match the allergy by its SNOMED code alone, and ignore inactive allergies and unrelated drugs', () => {
    const coded = {
      ...makeContext(),
      allergies: [{ codes: [{ system: SNOMED, code: '91936005' }], source: 'AllergyIntolerance/p' }],
    };
    expect(findAllergyConflicts([amoxicillin], coded)).toHaveLength(1);
    const inactive = { ...makeContext(), allergies: [allergy('Penicillin allergy', { clinicalStatus: 'inactive' })] };
    expect(findAllergyConflicts([amoxicillin], inactive)).toEqual([]);
    const latex = { ...makeContext(), allergies: [allergy('Latex allergy')] };
    expect(findAllergyConflicts([amoxicillin], latex)).toEqual([]);
  });
});

describe('duplicate orders', () => {
  it('flag a second NSAID against an active one (the Synthea patient takes naproxen), not against a stopped one', () => {
    const naproxen = medication(RXNORM, '849574', 'Naproxen sodium 220 MG Oral Tablet');
    const ibuprofen = order('ibu', '197806', 'Ibuprofen 600 MG Oral Tablet');
    const [finding] = findDuplicateOrders([ibuprofen], makeContext({ medications: [naproxen] }));
    expect(finding).toMatchObject({ kind: 'duplicate-order', evidence: [{ reference: naproxen.source }] });
    expect(finding!.headline).toContain('non-steroidal');
    expect(
      findDuplicateOrders([ibuprofen], makeContext({ medications: [{ ...naproxen, status: 'stopped' }] })),
    ).toEqual([]);
  });

  it('flag two draft orders of the same drug against each other', () => {
    const a = order('a', '855332', 'Warfarin Sodium 5 MG Oral Tablet');
    const b = order('b', '855332', 'Warfarin Sodium 5 MG Oral Tablet');
    expect(findDuplicateOrders([a, b], makeContext()).map((f) => f.order.reference)).toEqual([
      'MedicationRequest/a',
      'MedicationRequest/b',
    ]);
  });
});

describe('contraindications', () => {
  it('flag an anticoagulant with a documented haemorrhage as critical, with the condition as evidence', () => {
    const bleed = condition(ICD10_CM, 'K92.2', 'Gastrointestinal hemorrhage, unspecified');
    const [finding] = findContraindications(
      [order('w', '855332', 'Warfarin Sodium 5 MG Oral Tablet')],
      makeContext({ conditions: [bleed] }),
    );
    expect(finding).toMatchObject({
      kind: 'contraindication',
      indicator: 'critical',
      evidence: [{ reference: bleed.source }],
    });
  });

  it('flag metformin on a current eGFR below 30, not on a stale one', () => {
    const metformin = order('m', '861007', 'Metformin hydrochloride 500 MG Oral Tablet');
    expect(
      findContraindications([metformin], makeContext({ measurements: { egfr: 22 } }))[0]!.evidence[0]!.description,
    ).toContain('eGFR below 30');
    expect(
      findContraindications(
        [metformin],
        makeContext({ measurements: { egfr: measurement('egfr', 22, { stale: true }) } }),
      ),
    ).toEqual([]);
    expect(findContraindications([metformin], makeContext({ measurements: { egfr: 45 } }))).toEqual([]);
  });

  it('flag a non-selective beta-blocker in asthma', () => {
    const asthma = condition(SNOMED, '195967001', 'Asthma');
    expect(
      findContraindications(
        [order('p', '856448', 'Propranolol Hydrochloride 10 MG Oral Tablet')],
        makeContext({ conditions: [asthma] }),
      ),
    ).toHaveLength(1);
  });
});

describe('draft orders from the CDS Hooks examples', () => {
  it('reads the R4 order-sign example: a nutrition order and a medication order, no finding for a patient with no record', () => {
    const { context } = readFixture<{ context: { draftOrders: unknown } }>(
      'cds-hooks-library/order-sign-context-r4.json',
    );
    const orders = ordersFromBundle(context.draftOrders);
    expect(orders.map((o) => o.resourceType)).toContain('NutritionOrder');
    expect(orders.some((o) => o.isMedication)).toBe(true);
    expect(checkOrders(orders, makeContext())).toEqual([]);
  });

  it('skips entries without a resource and tolerates junk', () => {
    expect(ordersFromBundle({ resourceType: 'Bundle', entry: [{}, { resource: 'x' }, null] })).toEqual([]);
    expect(ordersFromBundle('not a bundle')).toEqual([]);
  });
});
