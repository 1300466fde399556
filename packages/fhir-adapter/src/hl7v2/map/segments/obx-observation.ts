/**
 * OBX -> Observation (IG OBX[Observation]): OBX-3 code (LOINC kept), OBX-5
 * value by OBX-2, OBX-7 reference range, OBX-8 interpretation, OBX-11 status,
 * OBX-14 effective time. Vital signs (by LOINC code) get the `vital-signs`
 * category, so FHIR clients and Meridian's risk engines recognise them.
 *
 * @module
 */
import type { Observation, ObservationReferenceRange } from '@medplum/fhirtypes';
import * as VITALS from '../../../context/vital-sign-codes.js';
import { CODE_SYSTEMS } from '../../../context/code-systems.js';
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import {
  DATA_ABSENT_NOT_ASKED,
  OBSERVATION_CATEGORY_LABORATORY,
  OBSERVATION_CATEGORY_VITAL_SIGNS,
  RESULT_STATUS_CANNOT_OBTAIN,
  V2_FHIR_EXTENSIONS,
  V2_FHIR_SYSTEMS,
} from '../codings.js';
import { warn, type MappingContext } from '../context.js';
import { cweCodings, toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { mapV2Code } from '../vocabulary.js';
import { mapObxValue, numberQuantity } from './obx-value.js';

/**
 * The OBX fields Meridian maps; checked against `OBX[Observation].csv`.
 *
 * @example
 * ```ts
 * OBX_FIELD_TARGETS['OBX-11']; // 'status'
 * ```
 */
export const OBX_FIELD_TARGETS = {
  'OBX-3': 'code',
  'OBX-5': 'value',
  'OBX-6': 'value',
  'OBX-7': 'referenceRange',
  'OBX-8': 'interpretation',
  'OBX-11': 'status',
  'OBX-14': 'effectiveDateTime',
} as const;

/**
 * LOINC codes Meridian files under the `vital-signs` category: every LOINC
 * coding of the adapter's vital-sign catalogue.
 *
 * @example
 * ```ts
 * VITAL_SIGN_LOINC_CODES.has('8867-4'); // true (heart rate)
 * ```
 */
export const VITAL_SIGN_LOINC_CODES: ReadonlySet<string> = new Set(
  Object.values(VITALS)
    .filter((c) => c.system === CODE_SYSTEMS.loinc)
    .map((c) => c.code),
);

function referenceRange(obx: Hl7Segment): ObservationReferenceRange[] | undefined {
  const text = valueOf(obx, 7);
  if (text === '') return undefined;
  const units = repetitionsOf(obx, 6)[0];
  const range: ObservationReferenceRange = { text };
  const between = /^\s*([+-]?\d+(?:\.\d+)?)\s*-\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(text);
  const bound = /^\s*(<=|>=|<|>)\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (between) {
    const low = numberQuantity(between[1]!, units);
    const high = numberQuantity(between[2]!, units);
    if (low) range.low = low;
    if (high) range.high = high;
  } else if (bound) {
    const limit = numberQuantity(bound[2]!, units);
    if (limit && bound[1]!.startsWith('<')) range.high = limit;
    if (limit && bound[1]!.startsWith('>')) range.low = limit;
  }
  return [range];
}

function interpretation(obx: Hl7Segment): Observation['interpretation'] {
  const concepts = repetitionsOf(obx, 8)
    .map((rep) => {
      const code = componentOf(rep, 1).toUpperCase();
      const mapped = mapV2Code('InterpretationCodes', code);
      if (mapped !== undefined)
        return { coding: [{ system: V2_FHIR_SYSTEMS.observationInterpretation, code: mapped }] };
      return code === '' ? undefined : { coding: [{ system: V2_FHIR_SYSTEMS.abnormalFlags, code }] };
    })
    .filter((c) => c !== undefined);
  return concepts.length ? concepts : undefined;
}

/**
 * Maps an OBX to an Observation with the given id. `defaults` supply the
 * subject, encounter, effective time (OBR-7) and the category used when the
 * code is not a vital sign. Throws `Hl7MappingError` (AE) when OBX-3 is empty.
 *
 * @example
 * ```ts
 * const observation = mapObxToObservation(obx, 'obs-1', { patient: 'Patient/abc' }, context);
 * ```
 */
export function mapObxToObservation(
  obx: Hl7Segment,
  id: string,
  defaults: {
    patient: string;
    encounter?: string | undefined;
    effective?: string | undefined;
    category?: Observation['category'];
  },
  context: MappingContext,
): Observation {
  const code = toCodeableConcept(repetitionsOf(obx, 3)[0]);
  if (code === undefined) {
    throw new Hl7MappingError(
      'missing-field',
      'OBX-3 (observation identifier) is empty',
      HL7_ERROR_CODES.requiredFieldMissing,
      {
        segment: 'OBX',
        sequence: obx.sequence,
        field: 3,
      },
    );
  }
  const resultStatus = valueOf(obx, 11).toUpperCase();
  const status = (mapV2Code('ObservationResultStatusCodesInterpretation', resultStatus) ??
    'final') as Observation['status'];
  if (resultStatus !== '' && mapV2Code('ObservationResultStatusCodesInterpretation', resultStatus) === undefined) {
    warn(
      context,
      { segment: 'OBX', sequence: obx.sequence, field: 11 },
      'OBX-11 is not a table 0085 code; status final assumed',
    );
  }
  const isVital = cweCodings(repetitionsOf(obx, 3)[0]).some(
    (c) => c.system === CODE_SYSTEMS.loinc && VITAL_SIGN_LOINC_CODES.has(c.code ?? ''),
  );
  const observation: Observation = {
    resourceType: 'Observation',
    id,
    status,
    code,
    subject: { reference: defaults.patient },
  };
  if (resultStatus === 'X')
    (observation as Observation & { _status?: unknown })._status = {
      extension: [
        { url: V2_FHIR_EXTENSIONS.alternateCodes, valueCodeableConcept: { coding: [RESULT_STATUS_CANNOT_OBTAIN] } },
      ],
    };
  const category = isVital
    ? [{ coding: [OBSERVATION_CATEGORY_VITAL_SIGNS] }]
    : (defaults.category ?? [{ coding: [OBSERVATION_CATEGORY_LABORATORY] }]);
  observation.category = category;
  if (defaults.encounter !== undefined) observation.encounter = { reference: defaults.encounter };
  const effective = toFhirDateTime(valueOf(obx, 14), context.defaultOffset) ?? defaults.effective;
  if (effective !== undefined) observation.effectiveDateTime = effective;
  const value = resultStatus === 'N' ? undefined : mapObxValue(obx, context);
  if (value !== undefined) Object.assign(observation, value);
  else if (resultStatus === 'N') observation.dataAbsentReason = { coding: [DATA_ABSENT_NOT_ASKED] };
  const range = referenceRange(obx);
  if (range) observation.referenceRange = range;
  const flags = interpretation(obx);
  if (flags) observation.interpretation = flags;
  return observation;
}
