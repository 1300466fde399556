/**
 * NTE -> Annotation (IG NTE[Observation], NTE[ServiceRequest]): NTE-3 text
 * (repetitions joined by line breaks), NTE-5 author (a Practitioner), NTE-6
 * time. The ORU mapper adds it to the note of the Observation (after an OBX)
 * or of the order's ServiceRequest (after an OBR or ORC).
 *
 * @module
 */
import type { Annotation } from '@medplum/fhirtypes';
import { componentOf, repetitionsOf, valueOf, type Hl7Segment } from '../../parse/message-tree.js';
import { addResource, type MappingContext } from '../context.js';
import { toFhirDateTime } from '../datatypes/datetime.js';
import { toPractitioner } from '../datatypes/xcn.js';

/**
 * The NTE fields Meridian maps; checked against `NTE[Observation].csv`.
 *
 * @example
 * ```ts
 * NTE_FIELD_TARGETS['NTE-3']; // 'note'
 * ```
 */
export const NTE_FIELD_TARGETS = { 'NTE-3': 'note', 'NTE-5': 'note', 'NTE-6': 'note' } as const;

/**
 * The note an NTE carries, or `undefined` when its comment is empty.
 *
 * @example
 * ```ts
 * mapNteToAnnotation(nte, context)?.text; // 'Specimen slightly haemolysed'
 * ```
 */
export function mapNteToAnnotation(nte: Hl7Segment, context: MappingContext): Annotation | undefined {
  const text = repetitionsOf(nte, 3)
    .map((rep) => rep.map((_, i) => componentOf(rep, i + 1)).join('^'))
    .join('\n')
    .trim();
  if (text === '') return undefined;
  const note: Annotation = { text };
  const author = toPractitioner(repetitionsOf(nte, 5)[0]);
  if (author) note.authorReference = { reference: addResource(context, author) };
  const time = toFhirDateTime(valueOf(nte, 6), context.defaultOffset);
  if (time) note.time = time;
  return note;
}
