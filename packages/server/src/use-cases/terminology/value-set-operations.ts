/**
 * The read-only FHIR operations on the loaded value sets: read, `$expand` and
 * `$validate-code`. Pure functions of the catalogue; the route audits them.
 *
 * @module
 */
import { TerminologyError, type ValueSetRegistry } from '@meridian/fhir-adapter';
import type { Bundle, Parameters, ValidateCodeParams, ValueSet } from '@meridian/sdk';
import { badRequest, notFound } from '../../platform/errors/outcome-error.js';
import { VALUE_SETS } from '../../engines/terminology/value-set-catalogue.js';

function requireSet(registry: ValueSetRegistry, ref: string) {
  try {
    return registry.require(ref);
  } catch (error) {
    if (error instanceof TerminologyError) throw notFound(`ValueSet ${ref} is not loaded`);
    throw error;
  }
}

/**
 * A loaded ValueSet resource as published (VSAC expansion or curated compose).
 *
 * @example
 * readValueSet('2.16.840.1.113883.3.526.3.376').title; // 'Heart Failure'
 */
export function readValueSet(id: string, registry = VALUE_SETS): ValueSet {
  return requireSet(registry, id).resource as ValueSet;
}

/**
 * The loaded value sets as a `searchset` Bundle of summaries (no codes),
 * optionally only the one a `url` (URL, OID or id) names, or those whose
 * title contains `title`.
 *
 * @example
 * searchValueSets({ title: 'heart' }).total; // 3
 */
export function searchValueSets(
  params: { url?: string; title?: string } = {},
  registry = VALUE_SETS,
): Bundle<ValueSet> {
  const byUrl = params.url === undefined ? undefined : registry.get(params.url);
  const needle = params.title?.toLowerCase();
  const sets = (params.url === undefined ? registry.list() : byUrl ? [byUrl] : []).filter(
    (set) => !needle || set.title.toLowerCase().includes(needle),
  );
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: sets.length,
    entry: sets.map((set) => ({
      fullUrl: set.url,
      resource: {
        resourceType: 'ValueSet',
        id: set.id,
        url: set.url,
        ...(set.oid ? { identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:oid:${set.oid}` }] } : {}),
        title: set.title,
        ...(set.version ? { version: set.version } : {}),
        status: 'active',
      },
    })),
  } as Bundle<ValueSet>;
}

/**
 * One page of a ValueSet's members as a FHIR expansion.
 *
 * @example
 * expandValueSet('meridian-nsaid-ingredients', { filter: 'ibu' }).expansion?.contains?.[0]?.code; // '5640'
 */
export function expandValueSet(
  id: string,
  params: { filter?: string; count?: number; offset?: number } = {},
  registry = VALUE_SETS,
  now = new Date(),
): ValueSet {
  const set = requireSet(registry, id);
  const page = registry.expand(set.id, params);
  const parameter = [
    ...(params.filter ? [{ name: 'filter', valueString: params.filter }] : []),
    ...(params.count !== undefined ? [{ name: 'count', valueInteger: params.count }] : []),
    ...(params.offset !== undefined ? [{ name: 'offset', valueInteger: params.offset }] : []),
  ];
  return {
    resourceType: 'ValueSet',
    id: set.id,
    url: set.url,
    title: set.title,
    ...(set.version ? { version: set.version } : {}),
    status: 'active',
    expansion: {
      timestamp: now.toISOString(),
      total: page.total,
      offset: page.offset,
      ...(parameter.length ? { parameter } : {}),
      contains: page.contains.map((c) => ({
        system: c.system,
        code: c.code,
        ...(c.display ? { display: c.display } : {}),
      })),
    },
  };
}

/**
 * Reads `$validate-code` parameters from a FHIR Parameters body (`url`,
 * `system`, `code`, or a `coding`).
 *
 * @example
 * validateCodeParamsFrom({ resourceType: 'Parameters', parameter: [{ name: 'url', valueUri: 'x' }, { name: 'coding', valueCoding: { system: 's', code: 'c' } }] });
 */
export function validateCodeParamsFrom(body: Parameters): Record<string, string | undefined> {
  const find = (name: string) => body.parameter?.find((p) => p.name === name);
  const coding = find('coding')?.valueCoding;
  return {
    url: find('url')?.valueUri ?? find('url')?.valueString,
    system: find('system')?.valueUri ?? find('system')?.valueString ?? coding?.system,
    code: find('code')?.valueCode ?? find('code')?.valueString ?? coding?.code,
    display: find('display')?.valueString ?? coding?.display,
  };
}

/**
 * Whether a code belongs to a value set, as FHIR Parameters (`result`,
 * `display` of the member, `message`). ICD-10-CM is compared without the dot
 * and system OIDs are resolved.
 *
 * @example
 * validateCode({ url: 'meridian-nsaid-ingredients', system: 'urn:oid:2.16.840.1.113883.6.88', code: '5640' }).parameter?.[0]; // { name: 'result', valueBoolean: true }
 */
export function validateCode(params: ValidateCodeParams, registry = VALUE_SETS): Parameters {
  const set = requireSet(registry, params.url);
  if (params.code.trim().length === 0) throw badRequest('code is empty', ['code']);
  const { result, member } = registry.validateCode(set.id, params.system, params.code);
  const message = result
    ? `${params.code} is in ${set.title}${set.oid ? ` (${set.oid})` : ''}`
    : `${params.code} from ${params.system} is not in ${set.title}`;
  return {
    resourceType: 'Parameters',
    parameter: [
      { name: 'result', valueBoolean: result },
      ...(member?.display ? [{ name: 'display', valueString: member.display }] : []),
      { name: 'message', valueString: message },
    ],
  };
}
