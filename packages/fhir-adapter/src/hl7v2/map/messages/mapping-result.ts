/**
 * What mapping one HL7 v2 message gives, and how it becomes a transaction.
 *
 * @module
 */
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { Hl7Header } from '../../parse/header.js';
import type { Hl7MappingWarning, MappingContext } from '../context.js';

/**
 * The FHIR side of one message.
 *
 * @example
 * ```ts
 * const result: Hl7MappingResult = mapHl7Message(message);
 * await store.transaction(result.bundle);
 * ```
 */
export interface Hl7MappingResult {
  header: Hl7Header;
  /** A transaction of PUTs with deterministic ids: applying it twice changes nothing but versions. */
  bundle: Bundle & { type: 'transaction'; entry: BundleEntry[] };
  /** Every `Patient/{id}` the message is about (the first is the main one). */
  patients: string[];
  /** A40: the record to retire into the surviving one (done by the store, which holds the retired record). */
  merge?: { survivor: string; retired: string };
  warnings: Hl7MappingWarning[];
}

/**
 * A transaction Bundle of PUT entries for every resource in the context.
 *
 * @example
 * ```ts
 * const bundle = transactionOf(context);
 * ```
 */
export function transactionOf(context: MappingContext): Hl7MappingResult['bundle'] {
  const entry: BundleEntry[] = [...context.resources.values()].map((resource: Resource) => ({
    resource,
    request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
  }));
  return { resourceType: 'Bundle', type: 'transaction', entry };
}
