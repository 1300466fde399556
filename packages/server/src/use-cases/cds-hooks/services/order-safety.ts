/**
 * `meridian-order-safety` (order-select and order-sign): allergy–order
 * conflicts, duplicate active orders in one class, and orders against a
 * documented contraindicating condition, each with its evidence. It warns;
 * it never prescribes and never gives a dose.
 *
 * @module
 */
import {
  findAllergyConflicts,
  findContraindications,
  findDuplicateOrders,
} from '../../../engines/order-safety/check-orders.js';
import { ordersFromBundle, type OrderEntry } from '../../../engines/order-safety/orders.js';
import { orderCards } from '../cards/order-cards.js';
import type { CdsServiceDefinition } from '../service-definition.js';
import {
  ACTIVE_MEDICATIONS_TEMPLATE,
  ALLERGIES_TEMPLATE,
  CONDITIONS_TEMPLATE,
  LABORATORY_TEMPLATE,
  PATIENT_TEMPLATE,
} from './prefetch-templates.js';

/**
 * The order-safety service.
 *
 * @example
 * ```ts
 * orderSafetyService.hooks; // ['order-select', 'order-sign']
 * ```
 */
export const orderSafetyService: CdsServiceDefinition = {
  id: 'meridian-order-safety',
  hooks: ['order-select', 'order-sign'],
  title: 'Meridian order safety',
  description:
    'Warnings on draft orders: conflicts with documented allergies, duplicates of active orders in the same class, and conflicts with documented conditions or a current eGFR, each with its evidence. Never a dose or a drug choice.',
  prefetch: {
    patient: PATIENT_TEMPLATE,
    allergies: ALLERGIES_TEMPLATE,
    medications: ACTIVE_MEDICATIONS_TEMPLATE,
    conditions: CONDITIONS_TEMPLATE,
    labs: LABORATORY_TEMPLATE,
  },
  handler: ({ request, context }) => {
    const all = ordersFromBundle(
      request.hook === 'order-select' || request.hook === 'order-sign' ? request.context.draftOrders : undefined,
    );
    // order-select: check the orders just selected; order-sign: every order about to be signed.
    const selected = request.hook === 'order-select' ? new Set<string>(request.context.selections) : undefined;
    const orders: OrderEntry[] = selected ? all.filter((o) => selected.has(o.reference)) : all;
    return [
      { name: 'allergy-conflicts', run: () => orderCards(findAllergyConflicts(orders, context)) },
      { name: 'contraindications', run: () => orderCards(findContraindications(orders, context)) },
      { name: 'duplicate-orders', run: () => orderCards(findDuplicateOrders(orders, context)) },
    ];
  },
};
