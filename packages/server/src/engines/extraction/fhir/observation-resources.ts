/**
 * Observations for measurements stated in a note: a Quantity with the UCUM
 * unit when UCUM knows it, the adapter's LOINC coding when Meridian has one
 * (for the property the unit implies; else `code.text` only), and blood pressure as the LOINC panel with
 * systolic and diastolic components.
 *
 * @module
 */
import { LOINC_BP_PANEL, LOINC_DIASTOLIC_BP, LOINC_SYSTOLIC_BP } from '@meridian/fhir-adapter';
import type { CodeableConcept, Observation, Quantity, Patient, Reference } from '@medplum/fhirtypes';
import type { AssertionStatus } from '../assertion/assertion-status.js';
import type { MeasurementMention, StatedQuantity } from '../measurements/find-measurements.js';
import { codingOf } from '../measurements/measurement-terms.js';
import { mentionExtensions } from './extensions.js';

const UCUM = 'http://unitsofmeasure.org';
const category = (code: 'vital-signs' | 'laboratory'): CodeableConcept[] => [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code }] },
];
const coded = (c: { system: string; code: string; display: string }, text: string): CodeableConcept => ({
  coding: [{ system: c.system, code: c.code, display: c.display }],
  text,
});

/**
 * A FHIR Quantity of a stated value.
 *
 * @example
 * ```ts
 * toQuantity({ value: 90, unit: 'bpm', ucum: '/min' }); // { value: 90, unit: 'bpm', system: 'http://unitsofmeasure.org', code: '/min' }
 * ```
 */
export function toQuantity(q: StatedQuantity): Quantity {
  if (q.unit === undefined) return { value: q.value };
  return q.ucum === undefined
    ? { value: q.value, unit: q.unit }
    : { value: q.value, unit: q.unit, system: UCUM, code: q.ucum };
}

/**
 * The Observation of a measurement mention.
 *
 * @example
 * ```ts
 * buildObservation('BP 120/80', mention, ['affirmed'], { reference: 'Patient/p1' }).component?.length; // 2
 * ```
 */
export function buildObservation(
  note: string,
  m: MeasurementMention,
  assertion: readonly AssertionStatus[],
  subject: Reference<Patient>,
): Observation {
  const base = {
    resourceType: 'Observation' as const,
    extension: mentionExtensions(note, m.start, m.end, assertion),
    status: 'final' as const,
    subject,
  };
  if (m.term === 'blood-pressure') {
    const [systolic, diastolic] = m.values;
    return {
      ...base,
      category: category('vital-signs'),
      code: coded(LOINC_BP_PANEL, 'Blood pressure'),
      component: [
        { code: coded(LOINC_SYSTOLIC_BP, 'Systolic blood pressure'), valueQuantity: toQuantity(systolic!) },
        { code: coded(LOINC_DIASTOLIC_BP, 'Diastolic blood pressure'), valueQuantity: toQuantity(diastolic!) },
      ],
    };
  }
  const name = m.term.names[0]!;
  const coding = codingOf(m.term, m.values[0]!.ucum);
  return {
    ...base,
    category: category(m.term.category),
    code: coding ? coded(coding, name) : { text: name },
    valueQuantity: toQuantity(m.values[0]!),
  };
}
