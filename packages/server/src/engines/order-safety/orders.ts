/**
 * The orders of a CDS Hooks `draftOrders` Bundle, reduced to what the safety
 * checks read: reference, codings, text and status. Pure.
 *
 * @module
 */
import type { CodingRef } from '@meridian/fhir-adapter';
import { nameWithoutDose } from '../safety/name-without-dose.js';

/** One order. */
export interface OrderEntry {
  /** `MedicationRequest/{id}` (or `MedicationRequest/#{index}` when the order has no id). */
  readonly reference: string;
  readonly resourceType: string;
  readonly isMedication: boolean;
  readonly codes: readonly CodingRef[];
  readonly text?: string;
  readonly status?: string;
}

/** Order types that carry a medication (R4, and DSTU2's MedicationOrder). */
const MEDICATION_ORDER_TYPES = new Set(['MedicationRequest', 'MedicationOrder']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function concept(value: unknown): { codes: CodingRef[]; text?: string } {
  if (!isObject(value)) return { codes: [] };
  const codes = (Array.isArray(value.coding) ? value.coding : []).filter(isObject).map((c) => ({
    ...(typeof c.system === 'string' ? { system: c.system } : {}),
    ...(typeof c.code === 'string' ? { code: c.code } : {}),
    ...(typeof c.display === 'string' ? { display: c.display } : {}),
  }));
  return { codes, ...(typeof value.text === 'string' ? { text: value.text } : {}) };
}

function medicationOf(resource: Json): { codes: CodingRef[]; text?: string } {
  if (resource.medicationCodeableConcept) return concept(resource.medicationCodeableConcept);
  const reference = isObject(resource.medicationReference) ? resource.medicationReference.reference : undefined;
  if (typeof reference === 'string' && reference.startsWith('#') && Array.isArray(resource.contained)) {
    const medication = resource.contained.find((c) => isObject(c) && c.id === reference.slice(1));
    if (isObject(medication)) return concept(medication.code);
  }
  const display = isObject(resource.medicationReference) ? resource.medicationReference.display : undefined;
  return { codes: [], ...(typeof display === 'string' ? { text: display } : {}) };
}

/**
 * The orders in a Bundle (entries without a resource are skipped).
 *
 * @example
 * ```ts
 * const orders = ordersFromBundle(request.context.draftOrders);
 * orders.filter((o) => o.isMedication).map((o) => o.text ?? o.codes[0]?.display);
 * ```
 */
export function ordersFromBundle(bundle: unknown): OrderEntry[] {
  if (!isObject(bundle) || !Array.isArray(bundle.entry)) return [];
  return bundle.entry.flatMap((entry, index): OrderEntry[] => {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource) || typeof resource.resourceType !== 'string') return [];
    const isMedication = MEDICATION_ORDER_TYPES.has(resource.resourceType);
    const { codes, text } = isMedication ? medicationOf(resource) : concept(resource.code);
    return [
      {
        reference: `${resource.resourceType}/${typeof resource.id === 'string' ? resource.id : `#${index}`}`,
        resourceType: resource.resourceType,
        isMedication,
        codes,
        ...(text === undefined ? {} : { text }),
        ...(typeof resource.status === 'string' ? { status: resource.status } : {}),
      },
    ];
  });
}

/**
 * The name to show for an order: its text, else its first display, else its reference.
 *
 * @example
 * ```ts
 * orderName(order); // 'Amoxicillin' (from 'Amoxicillin 250 MG Oral Capsule')
 * ```
 */
export function orderName(order: Pick<OrderEntry, 'text' | 'codes' | 'reference'>): string {
  const name = order.text ?? order.codes.find((c) => c.display)?.display;
  // Cards quote the drug, never its strength: the no-dosing guardrail would drop a card that did.
  return name ? nameWithoutDose(name) : order.reference;
}
