/**
 * OBR -> DiagnosticReport (IG OBR[DiagnosticReport]): OBR-2/3 placer and
 * filler identifiers, OBR-4 code, OBR-7/8 effective time, OBR-22 issued,
 * OBR-24 category, OBR-25 status. The id is deterministic from the filler
 * order number (else the placer's, else the patient, code and time), so a
 * corrected report replaces the first one.
 *
 * @module
 */
import type { DiagnosticReport, Identifier } from '@medplum/fhirtypes';
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { IDENTIFIER_TYPE_FILLER, IDENTIFIER_TYPE_PLACER } from '../codings.js';
import type { MappingContext } from '../context.js';
import { authorityOf, eiIdentifier } from '../datatypes/cx.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime, toFhirInstant } from '../datatypes/datetime.js';
import { stableResourceId } from '../ids.js';
import { mapV2Code } from '../vocabulary.js';

/**
 * The OBR fields Meridian maps; checked against `OBR[DiagnosticReport].csv`.
 *
 * @example
 * ```ts
 * OBR_FIELD_TARGETS['OBR-4']; // 'code'
 * ```
 */
export const OBR_FIELD_TARGETS = {
  'OBR-2': 'identifier',
  'OBR-3': 'identifier',
  'OBR-4': 'code',
  'OBR-7': 'effectiveDateTime',
  'OBR-8': 'effectivePeriod',
  'OBR-22': 'issued',
  'OBR-24': 'category',
  'OBR-25': 'status',
} as const;

/** Table 0074 sections that are imaging. */
const IMAGING_SECTIONS = new Set(['RAD', 'CT', 'NMR', 'NMS', 'RUS', 'VUS', 'OUS', 'RX', 'XRC', 'CUS']);

/**
 * The deterministic id of the report an OBR describes.
 *
 * @example
 * ```ts
 * diagnosticReportId(obr, 'Patient/abc');
 * ```
 */
export function diagnosticReportId(obr: Hl7Segment, patient: string): string {
  const filler = eiIdentifier(repetitionsOf(obr, 3)[0]);
  const placer = eiIdentifier(repetitionsOf(obr, 2)[0]);
  if (filler) return stableResourceId('DiagnosticReport', 'filler', authorityOf(filler), filler.value ?? '');
  if (placer) return stableResourceId('DiagnosticReport', 'placer', authorityOf(placer), placer.value ?? '');
  return stableResourceId(
    'DiagnosticReport',
    patient,
    valueOf(obr, 4, 3),
    valueOf(obr, 4, 1),
    valueOf(obr, 7),
    String(obr.sequence),
  );
}

/**
 * Whether OBR-24 names an imaging section (its Observations are `imaging`).
 *
 * @example
 * ```ts
 * isImagingSection(obr); // true for OBR-24 = RAD
 * ```
 */
export function isImagingSection(obr: Hl7Segment): boolean {
  return IMAGING_SECTIONS.has(valueOf(obr, 24).toUpperCase());
}

/**
 * Maps an OBR to a DiagnosticReport of `patient` whose results are `results`.
 * Throws `Hl7MappingError` (AE) when OBR-4 is empty or OBR-25 is an
 * unmappable status (IG: Y and Z are errors).
 *
 * @example
 * ```ts
 * mapObrToReport(obr, 'Patient/abc', undefined, ['Observation/1'], context).status; // 'final'
 * ```
 */
export function mapObrToReport(
  obr: Hl7Segment,
  patient: string,
  encounter: string | undefined,
  results: readonly string[],
  context: MappingContext,
): DiagnosticReport {
  const at = { segment: 'OBR', sequence: obr.sequence };
  const code = toCodeableConcept(repetitionsOf(obr, 4)[0]);
  if (code === undefined)
    throw new Hl7MappingError(
      'missing-field',
      'OBR-4 (universal service identifier) is empty',
      HL7_ERROR_CODES.requiredFieldMissing,
      { ...at, field: 4 },
    );
  const resultStatus = valueOf(obr, 25).toUpperCase();
  const status = resultStatus === '' ? 'unknown' : mapV2Code('ResultStatus[Non-Queries]', resultStatus);
  if (status === undefined)
    throw new Hl7MappingError(
      'invalid-value',
      'OBR-25 is not a result status Meridian can map',
      HL7_ERROR_CODES.tableValueNotFound,
      { ...at, field: 25 },
    );
  const report: DiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: diagnosticReportId(obr, patient),
    status: status as DiagnosticReport['status'],
    code,
    subject: { reference: patient },
  };
  const identifiers: Identifier[] = [];
  const placer = eiIdentifier(repetitionsOf(obr, 2)[0]);
  if (placer) identifiers.push({ ...placer, type: { coding: [IDENTIFIER_TYPE_PLACER] } });
  const filler = eiIdentifier(repetitionsOf(obr, 3)[0]);
  if (filler) identifiers.push({ ...filler, type: { coding: [IDENTIFIER_TYPE_FILLER] } });
  if (identifiers.length) report.identifier = identifiers;
  const section = componentOf(repetitionsOf(obr, 24)[0], 1);
  if (section !== '')
    report.category = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: section }] }];
  if (encounter !== undefined) report.encounter = { reference: encounter };
  const start = toFhirDateTime(valueOf(obr, 7), context.defaultOffset);
  const end = toFhirDateTime(valueOf(obr, 8), context.defaultOffset);
  if (end) report.effectivePeriod = { ...(start ? { start } : {}), end };
  else if (start) report.effectiveDateTime = start;
  const issued = toFhirInstant(valueOf(obr, 22), context.defaultOffset);
  if (issued) report.issued = issued;
  if (results.length) report.result = results.map((reference) => ({ reference }));
  return report;
}
