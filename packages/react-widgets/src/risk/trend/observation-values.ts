/**
 * Reading numeric values out of FHIR R4 Observations as the server returns
 * them (untyped JSON): the quantity, its unit, its time, and its code.
 *
 * @module
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A coded concept as `system|code`, the token FHIR search takes. */
export interface CodeToken {
  system: string;
  code: string;
  /** Its display, or the concept's text. */
  display?: string | undefined;
}

/** A numeric value read from an Observation (or one of its components). */
export interface QuantityValue {
  value: number;
  /** UCUM code when given, else the unit text. */
  unit?: string | undefined;
}

/** Statuses whose values are not to be charted. */
const UNUSABLE_STATUSES = new Set(['entered-in-error', 'cancelled', 'registered']);

function quantityOf(holder: Json): QuantityValue | undefined {
  const q = holder.valueQuantity;
  if (!isObject(q) || typeof q.value !== 'number' || !Number.isFinite(q.value)) return undefined;
  const unit = typeof q.code === 'string' ? q.code : typeof q.unit === 'string' ? q.unit : undefined;
  return { value: q.value, unit };
}

function codingsOf(holder: Json): CodeToken[] {
  const concept = holder.code;
  if (!isObject(concept)) return [];
  const text = typeof concept.text === 'string' ? concept.text : undefined;
  return asArray(concept.coding).flatMap((c) =>
    isObject(c) && typeof c.system === 'string' && typeof c.code === 'string'
      ? [{ system: c.system, code: c.code, display: typeof c.display === 'string' ? c.display : text }]
      : [],
  );
}

/** The first coding of an Observation (or component) code, preferring LOINC. */
export function primaryCode(holder: Json): CodeToken | undefined {
  const codings = codingsOf(holder);
  return codings.find((c) => c.system === 'http://loinc.org') ?? codings[0];
}

/** When the Observation was taken: `effectiveDateTime`, `effectivePeriod.start`, `effectiveInstant` or `issued`. */
export function effectiveTime(observation: Json): string | undefined {
  const period = observation.effectivePeriod;
  const candidates = [
    observation.effectiveDateTime,
    observation.effectiveInstant,
    isObject(period) ? period.start : undefined,
    observation.issued,
  ];
  return candidates.find((c): c is string => typeof c === 'string' && !Number.isNaN(Date.parse(c)));
}

/**
 * Where in an Observation the value sits: the Observation itself, or the
 * component with a given code (a blood-pressure panel's systolic part).
 */
export type ValueSite = { kind: 'value' } | { kind: 'component'; code: CodeToken };

/**
 * Finds where an Observation holds a value the server reported using: its
 * own quantity when that value matches, else the component whose quantity
 * does (so a panel's systolic component is found without a code table).
 *
 * @example
 * ```ts
 * locateValue(bpPanel, 98); // { kind: 'component', code: { system: 'http://loinc.org', code: '8480-6' } }
 * ```
 */
export function locateValue(observation: Json, usedValue: number): ValueSite | undefined {
  const own = quantityOf(observation);
  if (own && Math.abs(own.value - usedValue) < 1e-6) return { kind: 'value' };
  for (const component of asArray(observation.component)) {
    if (!isObject(component)) continue;
    const q = quantityOf(component);
    const code = primaryCode(component);
    if (q && code && Math.abs(q.value - usedValue) < 1e-6) return { kind: 'component', code };
  }
  return own ? { kind: 'value' } : undefined;
}

/**
 * The value at a site of an Observation, or `undefined` when it has none or
 * its status says it must not be used.
 *
 * @example
 * ```ts
 * valueAt(observation, { kind: 'value' }); // { value: 24, unit: '/min' }
 * ```
 */
export function valueAt(observation: Json, site: ValueSite): QuantityValue | undefined {
  if (typeof observation.status === 'string' && UNUSABLE_STATUSES.has(observation.status)) return undefined;
  if (site.kind === 'value') return quantityOf(observation);
  const component = asArray(observation.component).find(
    (c) => isObject(c) && codingsOf(c).some((k) => k.system === site.code.system && k.code === site.code.code),
  );
  return isObject(component) ? quantityOf(component) : undefined;
}
