/**
 * IN1 -> Coverage (IG IN1[Coverage]): IN1-2 plan identifier, IN1-3/4 the
 * insurance company as the payor (an Organization; the patient when neither
 * is sent: self-pay), IN1-12/13 period, IN1-15 plan type, IN1-17 the
 * insured's relationship to the patient (as sent, table 0063). The status is
 * `active` (an ADT's IN1 is the coverage in force) and the beneficiary the
 * patient. The id is deterministic from the patient and the company and plan.
 *
 * @module
 */
import type { Coverage, Organization } from '@medplum/fhirtypes';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { addResource, type MappingContext } from '../context.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { stableResourceId } from '../ids.js';

/**
 * The IN1 fields Meridian maps; checked against `IN1[Coverage].csv`.
 *
 * @example
 * ```ts
 * IN1_FIELD_TARGETS['IN1-4']; // 'payor'
 * ```
 */
export const IN1_FIELD_TARGETS = {
  'IN1-2': 'identifier',
  'IN1-4': 'payor',
  'IN1-12': 'period',
  'IN1-13': 'period',
  'IN1-15': 'type',
  'IN1-17': 'relationship',
} as const;

function payorOf(in1: Hl7Segment, context: MappingContext): string | undefined {
  const companyId = componentOf(repetitionsOf(in1, 3)[0], 1).trim();
  const name = componentOf(repetitionsOf(in1, 4)[0], 1).trim();
  if (companyId === '' && name === '') return undefined;
  const organization: Organization = {
    resourceType: 'Organization',
    id: stableResourceId('Organization', 'insurer', companyId || name),
  };
  if (companyId !== '') organization.identifier = [{ value: companyId }];
  if (name !== '') organization.name = name;
  return addResource(context, organization);
}

/**
 * Maps an IN1 to a Coverage of `patient`.
 *
 * @example
 * ```ts
 * mapIn1ToCoverage(in1, 'Patient/abc', context).payor[0].reference; // 'Organization/…'
 * ```
 */
export function mapIn1ToCoverage(in1: Hl7Segment, patient: string, context: MappingContext): Coverage {
  const plan = componentOf(repetitionsOf(in1, 2)[0], 1).trim();
  const payor = payorOf(in1, context) ?? patient;
  const coverage: Coverage = {
    resourceType: 'Coverage',
    id: stableResourceId('Coverage', patient, payor, plan, valueOf(in1, 36), valueOf(in1, 1)),
    status: 'active',
    beneficiary: { reference: patient },
    payor: [{ reference: payor }],
  };
  if (plan !== '') coverage.identifier = [{ value: plan }];
  const start = toFhirDateTime(valueOf(in1, 12), context.defaultOffset);
  const end = toFhirDateTime(valueOf(in1, 13), context.defaultOffset);
  if (start || end) coverage.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  const type = toCodeableConcept(repetitionsOf(in1, 15)[0]);
  if (type) coverage.type = type;
  const relationship = toCodeableConcept(repetitionsOf(in1, 17)[0]);
  if (relationship) coverage.relationship = relationship;
  return coverage;
}
