/**
 * ORC (+ its OBR) -> ServiceRequest (IG ORC[ServiceRequest], OBR[ServiceRequest]):
 * the order a result answers. ORC-1 intent `order` and, when ORC-5 is empty,
 * the status by OrderControlCode; ORC-5 status by OrderStatus; placer and
 * filler numbers from OBR-2/3, else ORC-2/3; ORC-9 authoredOn (new orders);
 * ORC-12 requester (a Practitioner); OBR-4 code. Its id is deterministic from
 * the order numbers, like the report's, so a resent result updates it; the
 * report names it in `basedOn`.
 *
 * @module
 */
import type { Identifier, ServiceRequest } from '@medplum/fhirtypes';
import { repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { IDENTIFIER_TYPE_FILLER, IDENTIFIER_TYPE_PLACER } from '../codings.js';
import { addResource, type MappingContext } from '../context.js';
import { authorityOf, eiIdentifier } from '../datatypes/cx.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { toPractitioner } from '../datatypes/xcn.js';
import { stableResourceId } from '../ids.js';
import { mapV2Code } from '../vocabulary.js';

/**
 * The ORC fields Meridian maps; checked against `ORC[ServiceRequest].csv`.
 *
 * @example
 * ```ts
 * ORC_FIELD_TARGETS['ORC-12']; // 'requester'
 * ```
 */
export const ORC_FIELD_TARGETS = {
  'ORC-1': 'intent',
  'ORC-2': 'identifier',
  'ORC-3': 'identifier',
  'ORC-5': 'status',
  'ORC-9': 'authoredOn',
  'ORC-12': 'requester',
} as const;

const orderNumber = (orc: Hl7Segment, obr: Hl7Segment | undefined, field: 2 | 3) =>
  eiIdentifier(repetitionsOf(obr, field)[0]) ?? eiIdentifier(repetitionsOf(orc, field)[0]);

/**
 * Maps an ORC (with the OBR of its group, when there is one) to a
 * ServiceRequest of `patient`. Unknown order control and status codes give
 * `unknown`.
 *
 * @example
 * ```ts
 * mapOrcToServiceRequest(orc, obr, 'Patient/abc', undefined, context).intent; // 'order'
 * ```
 */
export function mapOrcToServiceRequest(
  orc: Hl7Segment,
  obr: Hl7Segment | undefined,
  patient: string,
  encounter: string | undefined,
  context: MappingContext,
): ServiceRequest {
  const placer = orderNumber(orc, obr, 2);
  const filler = orderNumber(orc, obr, 3);
  const control = valueOf(orc, 1).toUpperCase();
  const orderStatus = valueOf(orc, 5).toUpperCase();
  const status =
    (orderStatus !== ''
      ? mapV2Code('OrderStatus', orderStatus)
      : mapV2Code('OrderControlCode[ServiceRequest.status]', control)) ?? 'unknown';
  const id = filler
    ? stableResourceId('ServiceRequest', 'filler', authorityOf(filler), filler.value ?? '')
    : placer
      ? stableResourceId('ServiceRequest', 'placer', authorityOf(placer), placer.value ?? '')
      : stableResourceId(
          'ServiceRequest',
          patient,
          valueOf(obr, 4, 3),
          valueOf(obr, 4, 1),
          valueOf(orc, 9),
          String(orc.sequence),
        );
  const request: ServiceRequest = {
    resourceType: 'ServiceRequest',
    id,
    status: status as ServiceRequest['status'],
    intent: 'order',
    subject: { reference: patient },
  };
  const identifiers: Identifier[] = [];
  if (placer) identifiers.push({ ...placer, type: { coding: [IDENTIFIER_TYPE_PLACER] } });
  if (filler) identifiers.push({ ...filler, type: { coding: [IDENTIFIER_TYPE_FILLER] } });
  if (identifiers.length) request.identifier = identifiers;
  const code = toCodeableConcept(repetitionsOf(obr, 4)[0]);
  if (code) request.code = code;
  if (encounter !== undefined) request.encounter = { reference: encounter };
  const authored =
    control === 'NW' || control === '' ? toFhirDateTime(valueOf(orc, 9), context.defaultOffset) : undefined;
  if (authored) request.authoredOn = authored;
  const requester = toPractitioner(repetitionsOf(orc, 12)[0]);
  if (requester) request.requester = { reference: addResource(context, requester) };
  return request;
}
