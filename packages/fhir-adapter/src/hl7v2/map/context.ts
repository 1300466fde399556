/**
 * State shared by the segment mappers of one message: options, warnings, and
 * the resources written so far (a Practitioner or Location named by several
 * segments is written once).
 *
 * @module
 */
import type { Resource } from '@medplum/fhirtypes';
import type { Hl7Delimiters } from '../parse/delimiters.js';
import type { Hl7ErrorLocation } from '../parse/errors.js';
import type { Hl7Header } from '../parse/header.js';

/**
 * Something the mapper left out or read in a fallback way. The text names
 * positions and rules, never values.
 *
 * @example
 * ```ts
 * const w: Hl7MappingWarning = { location: { segment: 'PID', sequence: 1, field: 7 }, text: 'PID-7 is not a valid date; birthDate left out' };
 * ```
 */
export interface Hl7MappingWarning {
  location: Hl7ErrorLocation;
  text: string;
}

/**
 * Options of `mapHl7Message`.
 *
 * @example
 * ```ts
 * const options: Hl7MappingOptions = { defaultOffset: '+01:00' };
 * ```
 */
export interface Hl7MappingOptions {
  /** Offset for times sent without one (`Z` or `±hh:mm`); default `Z`. */
  defaultOffset?: string;
}

/** The mutable state of one mapping run (internal). */
export interface MappingContext {
  readonly header: Hl7Header;
  readonly delimiters: Hl7Delimiters;
  readonly defaultOffset: string;
  readonly warnings: Hl7MappingWarning[];
  /** `Type/id` -> resource, in insertion order. */
  readonly resources: Map<string, Resource>;
}

/** A fresh context. */
export function newMappingContext(
  header: Hl7Header,
  delimiters: Hl7Delimiters,
  options: Hl7MappingOptions = {},
): MappingContext {
  const offset = options.defaultOffset ?? 'Z';
  if (!/^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/.test(offset)) throw new TypeError('defaultOffset must be Z or ±hh:mm');
  return { header, delimiters, defaultOffset: offset, warnings: [], resources: new Map() };
}

/** Adds a resource (first writer wins for a repeated `Type/id`) and returns its reference. */
export function addResource(context: MappingContext, resource: Resource & { id?: string }): string {
  const key = `${resource.resourceType}/${resource.id}`;
  if (!context.resources.has(key)) context.resources.set(key, resource);
  return key;
}

/** Records a warning. */
export function warn(context: MappingContext, location: Hl7ErrorLocation, text: string): void {
  context.warnings.push({ location, text });
}
