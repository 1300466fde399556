/**
 * ORU^R01 -> FHIR (IG ORU_R01 message map): for each patient group, PID
 * Patient and PV1 Encounter; for each order, OBR DiagnosticReport and its OBX
 * Observations. An Observation's id is deterministic from its report, code,
 * sub-id and occurrence, so a corrected OBX (status C) supersedes the value
 * sent before as a new version of the same resource. An ORC gives the
 * order's ServiceRequest (the report's `basedOn`); an NTE becomes a note of
 * the Observation it follows, or of the order's ServiceRequest; an SPM a
 * Specimen named by the report and its results. Z-segments are read past.
 *
 * @module
 */
import type { Annotation, Encounter, Observation } from '@medplum/fhirtypes';
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { valueOf, type Hl7Message, type Hl7Segment } from '../../parse/message-tree.js';
import { OBSERVATION_CATEGORY_IMAGING, OBSERVATION_CATEGORY_LABORATORY } from '../codings.js';
import { addResource, warn, type MappingContext } from '../context.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { stableResourceId } from '../ids.js';
import { mapNteToAnnotation } from '../segments/nte-note.js';
import { diagnosticReportId, isImagingSection, mapObrToReport } from '../segments/obr-report.js';
import { mapOrcToServiceRequest } from '../segments/orc-service-request.js';
import { mapSpmToSpecimen } from '../segments/spm-specimen.js';
import { mapObxToObservation } from '../segments/obx-observation.js';
import { mapPidToPatient } from '../segments/pid-patient.js';
import { mapPv1ToEncounter } from '../segments/pv1-encounter.js';
import { applyPv2ToEncounter } from '../segments/pv2-encounter.js';
import { transactionOf, type Hl7MappingResult } from './mapping-result.js';

interface OrderGroup {
  obr: Hl7Segment;
  orc?: Hl7Segment | undefined;
  reportId: string;
  results: string[];
  seen: Map<string, number>;
  notes: Annotation[];
  specimens: string[];
}

interface PatientGroup {
  patient: string;
  encounter?: string;
  /** An ORC waiting for its OBR. */
  orc?: Hl7Segment | undefined;
  order?: OrderGroup;
  /** The Observation an NTE that follows annotates. */
  observation?: Observation | undefined;
}

function closeOrder(group: PatientGroup, context: MappingContext): void {
  const order = group.order;
  group.observation = undefined;
  if (order === undefined) return;
  const report = mapObrToReport(order.obr, group.patient, group.encounter, order.results, context);
  if (order.specimens.length) {
    report.specimen = order.specimens.map((reference) => ({ reference }));
    for (const ref of order.results) {
      const observation = context.resources.get(ref) as Observation | undefined;
      if (observation && observation.specimen === undefined) observation.specimen = { reference: order.specimens[0]! };
    }
  }
  if (order.orc) {
    const request = mapOrcToServiceRequest(order.orc, order.obr, group.patient, group.encounter, context);
    if (order.notes.length) request.note = order.notes;
    report.basedOn = [{ reference: addResource(context, request) }];
  } else if (order.notes.length) {
    warn(
      context,
      { segment: 'NTE' },
      'NTE after an OBR without ORC left out: an R4 DiagnosticReport has no note, and there is no order to carry it',
    );
  }
  addResource(context, report);
  group.order = undefined;
}

function addNote(nte: Hl7Segment, group: PatientGroup, context: MappingContext): void {
  const note = mapNteToAnnotation(nte, context);
  if (note === undefined) return;
  if (group.observation) group.observation.note = [...(group.observation.note ?? []), note];
  else if (group.order) group.order.notes.push(note);
  // A patient-level NTE: the IG maps it to nothing.
}

function addObservation(obx: Hl7Segment, group: PatientGroup, context: MappingContext): void {
  const order = group.order;
  const key = `${valueOf(obx, 3, 3)}|${valueOf(obx, 3, 1)}|${valueOf(obx, 4)}`;
  const seen = order?.seen ?? new Map<string, number>();
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  const id = stableResourceId('Observation', order?.reportId ?? group.patient, key, String(occurrence));
  const category: Observation['category'] = [
    { coding: [order && isImagingSection(order.obr) ? OBSERVATION_CATEGORY_IMAGING : OBSERVATION_CATEGORY_LABORATORY] },
  ];
  const effective = order ? toFhirDateTime(valueOf(order.obr, 7), context.defaultOffset) : undefined;
  const observation = mapObxToObservation(
    obx,
    id,
    { patient: group.patient, encounter: group.encounter, effective, category },
    context,
  );
  const ref = addResource(context, observation);
  group.observation = context.resources.get(ref) as Observation;
  order?.results.push(ref);
}

const ORU_SEGMENTS = new Set(['PV1', 'PV2', 'ORC', 'OBR', 'OBX', 'NTE', 'SPM']);

/**
 * Maps an ORU^R01 (header already read) to a transaction. Throws
 * `Hl7MappingError` (AE) when results come before any PID.
 *
 * @example
 * ```ts
 * const result = mapOruMessage(message, context);
 * ```
 */
export function mapOruMessage(message: Hl7Message, context: MappingContext): Hl7MappingResult {
  const trigger = context.header.triggerEvent;
  if (trigger !== 'R01') {
    throw new Hl7MappingError(
      'unsupported-event',
      `ORU^${trigger.slice(0, 3)} is not a supported trigger event`,
      HL7_ERROR_CODES.unsupportedEventCode,
      {
        segment: 'MSH',
        sequence: 1,
        field: 9,
      },
    );
  }
  const patients: string[] = [];
  let group: PatientGroup | undefined;
  for (const segment of message.segments) {
    if (segment.name === 'PID') {
      if (group) closeOrder(group, context);
      const patient = mapPidToPatient(segment, context);
      group = { patient: addResource(context, patient) };
      patients.push(group.patient);
      continue;
    }
    if (!ORU_SEGMENTS.has(segment.name)) continue;
    if (group === undefined) {
      throw new Hl7MappingError(
        'missing-segment',
        `${segment.name} comes before any PID: the results name no patient`,
        HL7_ERROR_CODES.segmentSequenceError,
        {
          segment: segment.name,
          sequence: segment.sequence,
        },
      );
    }
    if (segment.name === 'PV1')
      group.encounter = addResource(context, mapPv1ToEncounter(segment, group.patient, context));
    else if (segment.name === 'ORC') {
      closeOrder(group, context);
      group.orc = segment;
    } else if (segment.name === 'OBR') {
      closeOrder(group, context);
      group.order = {
        obr: segment,
        orc: group.orc,
        reportId: diagnosticReportId(segment, group.patient),
        results: [],
        seen: new Map(),
        notes: [],
        specimens: [],
      };
      group.orc = undefined;
    } else if (segment.name === 'NTE') addNote(segment, group, context);
    else if (segment.name === 'PV2') {
      const encounter = group.encounter === undefined ? undefined : context.resources.get(group.encounter);
      if (encounter) applyPv2ToEncounter(segment, encounter as Encounter, context);
    } else if (segment.name === 'SPM') {
      if (group.order)
        group.order.specimens.push(
          addResource(
            context,
            mapSpmToSpecimen(segment, group.patient, `DiagnosticReport/${group.order.reportId}`, context),
          ),
        );
      group.observation = undefined;
    } else addObservation(segment, group, context);
  }
  if (group === undefined)
    throw new Hl7MappingError(
      'missing-segment',
      'the message has no PID segment',
      HL7_ERROR_CODES.segmentSequenceError,
      { segment: 'PID' },
    );
  closeOrder(group, context);
  return { header: context.header, bundle: transactionOf(context), patients, warnings: context.warnings };
}
