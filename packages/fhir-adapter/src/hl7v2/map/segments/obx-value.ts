/**
 * OBX-5 (by OBX-2 value type) -> Observation value[x], after the IG's
 * OBX[Observation] rows: NM Quantity (+ OBX-6 unit), ST/FT/TX string,
 * CWE/CE/CNE/CF/IS CodeableConcept, SN Quantity/Range/Ratio (else string),
 * NR Range, DT/DTM/TS dateTime, TM time, DR Period. Other types are not
 * guessed at: the value is left out with a warning.
 *
 * @module
 */
import type { Observation, Quantity } from '@medplum/fhirtypes';
import { componentOf, repetitionsOf, valueOf, type Hl7Repetition, type Hl7Segment } from '../../parse/message-tree.js';
import { warn, type MappingContext } from '../context.js';
import { toCodeableConcept } from '../datatypes/cwe.js';
import { toFhirDateTime, toFhirTime } from '../datatypes/datetime.js';
import { quantityUnit } from '../datatypes/ucum-unit.js';

/** The value[x] elements an OBX can fill. @example `const v: ObservationValue = { valueString: 'negative' };` */
export type ObservationValue = Pick<
  Observation,
  | 'valueQuantity'
  | 'valueString'
  | 'valueCodeableConcept'
  | 'valueRange'
  | 'valueRatio'
  | 'valueDateTime'
  | 'valueTime'
  | 'valuePeriod'
>;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const COMPARATORS = new Set(['<', '<=', '>=', '>']);
const CODED = new Set(['CWE', 'CE', 'CNE', 'CF']);
const TEXT = new Set(['ST', 'FT', 'TX']);

/**
 * A Quantity from a number (and an optional comparator), with OBX-6's unit.
 *
 * @example
 * ```ts
 * numberQuantity('182', [['mg/dl']]); // { value: 182, unit: 'mg/dl', system: UCUM, code: 'mg/dl' }
 * ```
 */
export function numberQuantity(text: string, units: Hl7Repetition | undefined, comparator = ''): Quantity | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return undefined;
  const quantity: Quantity = { value: Number(trimmed), ...quantityUnit(units) };
  if (COMPARATORS.has(comparator)) quantity.comparator = comparator as Quantity['comparator'];
  return quantity;
}

function structuredNumeric(rep: Hl7Repetition, units: Hl7Repetition | undefined): ObservationValue {
  const [comparator, first, separator, second] = [1, 2, 3, 4].map((n) => componentOf(rep, n)) as [
    string,
    string,
    string,
    string,
  ];
  const asText = (): ObservationValue => ({
    valueString: [comparator, first, separator, second, componentOf(units, 1)].filter((s) => s !== '').join(' '),
  });
  if (comparator === '<>') return asText();
  if (first === '' && separator === '') {
    // A sender that wrote "<0.10" in SN-1 instead of "<^0.10".
    const packed = /^(<=|>=|<|>|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/.exec(comparator);
    const q = packed ? numberQuantity(packed[2]!, units, packed[1] ?? '') : undefined;
    return q ? { valueQuantity: q } : asText();
  }
  if (separator === ':' || separator === '/') {
    const numerator = numberQuantity(first, undefined, comparator);
    const denominator = numberQuantity(second, undefined);
    return numerator && denominator ? { valueRatio: { numerator, denominator } } : asText();
  }
  if (separator === '-') {
    const low = numberQuantity(first, units);
    const high = numberQuantity(second, units);
    return low && high ? { valueRange: { low, high } } : asText();
  }
  if (separator === '' || separator === '.') {
    const q = numberQuantity(first, units, comparator);
    return q ? { valueQuantity: q } : asText();
  }
  return asText();
}

/**
 * The value of an OBX, `undefined` when OBX-5 is empty or of a type Meridian
 * does not read.
 *
 * @example
 * ```ts
 * mapObxValue(obx, context); // { valueQuantity: { value: 4.06, unit: 'tera.l-1' } }
 * ```
 */
export function mapObxValue(obx: Hl7Segment, context: MappingContext): ObservationValue | undefined {
  const type = valueOf(obx, 2).toUpperCase();
  const values = repetitionsOf(obx, 5);
  const first = values[0];
  if (first === undefined) return undefined;
  const units = repetitionsOf(obx, 6)[0];
  const at = { segment: 'OBX', sequence: obx.sequence, field: 5 };
  if (TEXT.has(type)) {
    const d = context.delimiters;
    return {
      valueString: values
        .map((rep) =>
          rep
            .map((c) => c.join(d.subcomponent))
            .join(d.component)
            .trim(),
        )
        .join('\n'),
    };
  }
  if (values.length > 1) warn(context, at, `OBX-5 repeats; only the first ${type} value is mapped`);
  if (type === 'NM') {
    const q = numberQuantity(componentOf(first, 1), units);
    if (q) return { valueQuantity: q };
    warn(context, at, 'OBX-5 is not a number although OBX-2 is NM; value kept as text');
    return { valueString: componentOf(first, 1) };
  }
  if (CODED.has(type)) {
    const concept = toCodeableConcept(first);
    return concept ? { valueCodeableConcept: concept } : undefined;
  }
  if (type === 'IS' || type === 'ID') return { valueCodeableConcept: { coding: [{ code: componentOf(first, 1) }] } };
  if (type === 'SN') return structuredNumeric(first, units);
  if (type === 'NR') {
    const low = numberQuantity(componentOf(first, 1), units);
    const high = numberQuantity(componentOf(first, 2), units);
    return low || high ? { valueRange: { ...(low ? { low } : {}), ...(high ? { high } : {}) } } : undefined;
  }
  if (type === 'DT' || type === 'DTM' || type === 'TS') {
    const dateTime = toFhirDateTime(componentOf(first, 1), context.defaultOffset);
    if (dateTime) return { valueDateTime: dateTime };
  } else if (type === 'TM') {
    const time = toFhirTime(componentOf(first, 1));
    if (time) return { valueTime: time };
  } else if (type === 'DR') {
    const start = toFhirDateTime(componentOf(first, 1), context.defaultOffset);
    const end = toFhirDateTime(componentOf(first, 2), context.defaultOffset);
    if (start || end) return { valuePeriod: { ...(start ? { start } : {}), ...(end ? { end } : {}) } };
  }
  warn(context, at, `OBX-5 of type '${type.slice(0, 5)}' could not be read; value left out`);
  return undefined;
}
