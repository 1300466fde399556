/**
 * A parsed HL7 v2 message as plain immutable data: segments, fields (1-based,
 * as the standard numbers them), repetitions, components and subcomponents,
 * every primitive already unescaped.
 *
 * @module
 */
import type { Hl7Delimiters } from './delimiters.js';

/** Subcomponents of one component (unescaped). @example `const c: Hl7Component = ['PATID1234'];` */
export type Hl7Component = readonly string[];
/** Components of one repetition. @example `const r: Hl7Repetition = [['EVERYMAN'], ['ADAM']];` */
export type Hl7Repetition = readonly Hl7Component[];
/** Repetitions of one field (empty when the field is empty). @example `const f: Hl7Field = [[['A01']]];` */
export type Hl7Field = readonly Hl7Repetition[];

/**
 * One segment. `fields[n]` is field n (`fields[0]` is unused); for MSH,
 * `fields[1]` is the field separator and `fields[2]` the encoding characters.
 *
 * @example
 * ```ts
 * const pid: Hl7Segment = { name: 'PID', sequence: 1, fields: [[], [[['1']]]] };
 * ```
 */
export interface Hl7Segment {
  readonly name: string;
  /** 1 for the first segment of this name in the message, 2 for the second, ... */
  readonly sequence: number;
  readonly fields: readonly Hl7Field[];
}

/**
 * A parsed message.
 *
 * @example
 * ```ts
 * const message: Hl7Message = parseHl7Message(text);
 * message.segments.filter((s) => s.name === 'OBX').length;
 * ```
 */
export interface Hl7Message {
  readonly delimiters: Hl7Delimiters;
  /** The decoder label the message's `\X..\` sequences were read with. */
  readonly charset: string;
  readonly segments: readonly Hl7Segment[];
}

/** HL7's explicit null (`""`): the value is to be erased; Meridian reads it as empty. */
const HL7_NULL = '""';

/**
 * The repetitions of a field, empty repetitions dropped.
 *
 * @example
 * ```ts
 * import { repetitionsOf } from '@meridian/fhir-adapter';
 * repetitionsOf(pid, 3).length; // number of patient identifiers
 * ```
 */
export function repetitionsOf(segment: Hl7Segment | undefined, field: number): Hl7Repetition[] {
  const value = segment?.fields[field] ?? [];
  return value.filter((rep) => rep.some((component) => component.some((sub) => sub !== '' && sub !== HL7_NULL)));
}

/**
 * One primitive of a repetition: component and subcomponent are 1-based;
 * missing parts and HL7's `""` read as ''.
 *
 * @example
 * ```ts
 * import { componentOf } from '@meridian/fhir-adapter';
 * componentOf(repetition, 4, 2); // CX-4.2, the assigning authority's universal id
 * ```
 */
export function componentOf(repetition: Hl7Repetition | undefined, component = 1, subcomponent = 1): string {
  const value = repetition?.[component - 1]?.[subcomponent - 1] ?? '';
  return value === HL7_NULL ? '' : value.trim();
}

/**
 * The first repetition's primitive at `field.component.subcomponent` of a
 * segment, '' when absent.
 *
 * @example
 * ```ts
 * import { valueOf } from '@meridian/fhir-adapter';
 * valueOf(msh, 9, 2); // trigger event, e.g. 'A01'
 * ```
 */
export function valueOf(segment: Hl7Segment | undefined, field: number, component = 1, subcomponent = 1): string {
  return componentOf(repetitionsOf(segment, field)[0], component, subcomponent);
}

/**
 * Segments of a message by name, in order.
 *
 * @example
 * ```ts
 * import { segmentsNamed } from '@meridian/fhir-adapter';
 * segmentsNamed(message, 'OBX').length;
 * ```
 */
export function segmentsNamed(message: Hl7Message, name: string): Hl7Segment[] {
  return message.segments.filter((s) => s.name === name);
}
