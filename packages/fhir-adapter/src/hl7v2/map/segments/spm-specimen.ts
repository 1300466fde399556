/**
 * SPM -> Specimen (IG SPM[Specimen]): SPM-2 identifiers (placer and filler
 * assigned), SPM-4 type (table 0487), SPM-7 collection method, SPM-8 body
 * site, SPM-14 note, SPM-17 collected time (a period when it has an end),
 * SPM-18 received time, SPM-20 availability as status, SPM-24 condition. The
 * ORU mapper names it in the report's and its results' `specimen`.
 *
 * @module
 */
import type { Identifier, Specimen } from '@medplum/fhirtypes';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import type { MappingContext } from '../context.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { stableResourceId } from '../ids.js';
import { mapV2Code } from '../vocabulary.js';

/**
 * The SPM fields Meridian maps; checked against `SPM[Specimen].csv`.
 *
 * @example
 * ```ts
 * SPM_FIELD_TARGETS['SPM-4']; // 'type'
 * ```
 */
export const SPM_FIELD_TARGETS = {
  'SPM-2': 'identifier',
  'SPM-4': 'type',
  'SPM-7': 'collection',
  'SPM-8': 'collection',
  'SPM-14': 'note',
  'SPM-17': 'collection',
  'SPM-18': 'receivedTime',
  'SPM-20': 'status',
  'SPM-24': 'condition',
} as const;

const SPECIMEN_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0487';

/**
 * Maps an SPM to a Specimen of `patient`, its id deterministic from SPM-2
 * (else from `scope`, the report it belongs to, and its set id).
 *
 * @example
 * ```ts
 * mapSpmToSpecimen(spm, 'Patient/abc', 'DiagnosticReport/1', context).type?.coding?.[0]?.code; // 'BLD'
 * ```
 */
export function mapSpmToSpecimen(spm: Hl7Segment, patient: string, scope: string, context: MappingContext): Specimen {
  const id2 = repetitionsOf(spm, 2)[0];
  const identifiers: Identifier[] = [1, 2].flatMap((c) => {
    const value = componentOf(id2, c);
    return value === ''
      ? []
      : [{ value, ...(componentOf(id2, c, 2) !== '' ? { assigner: { display: componentOf(id2, c, 2) } } : {}) }];
  });
  const specimen: Specimen = {
    resourceType: 'Specimen',
    // One specimen named by several orders (SPM-2 the same) is one resource.
    id: identifiers[0]
      ? stableResourceId('Specimen', patient, identifiers[0].value!)
      : stableResourceId('Specimen', scope, `set-${valueOf(spm, 1) || spm.sequence}`),
    subject: { reference: patient },
  };
  if (identifiers.length) specimen.identifier = identifiers;
  const type = toCodeableConcept(repetitionsOf(spm, 4)[0]);
  if (type?.coding?.[0] && type.coding[0].system === undefined) type.coding[0].system = SPECIMEN_TYPE_SYSTEM;
  if (type) specimen.type = type;
  const collection: NonNullable<Specimen['collection']> = {};
  const method = toCodeableConcept(repetitionsOf(spm, 7)[0]);
  if (method) collection.method = method;
  const bodySite = toCodeableConcept(repetitionsOf(spm, 8)[0]);
  if (bodySite) collection.bodySite = bodySite;
  const start = toFhirDateTime(valueOf(spm, 17, 1), context.defaultOffset);
  const end = toFhirDateTime(valueOf(spm, 17, 2), context.defaultOffset);
  if (end) collection.collectedPeriod = { ...(start ? { start } : {}), end };
  else if (start) collection.collectedDateTime = start;
  if (Object.keys(collection).length) specimen.collection = collection;
  const note = repetitionsOf(spm, 14)
    .map((rep) => componentOf(rep, 1))
    .filter((t) => t !== '')
    .join('\n');
  if (note) specimen.note = [{ text: note }];
  const received = toFhirDateTime(valueOf(spm, 18), context.defaultOffset);
  if (received) specimen.receivedTime = received;
  const status = mapV2Code('YesNoIndicator[AvailabilityStatus]', valueOf(spm, 20).toUpperCase());
  if (status) specimen.status = status as Specimen['status'];
  const condition = toCodeableConcept(repetitionsOf(spm, 24)[0]);
  if (condition) specimen.condition = [condition];
  return specimen;
}
