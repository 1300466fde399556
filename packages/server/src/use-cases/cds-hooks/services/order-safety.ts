/**
 * `meridian-order-select-safety` (order-select) and
 * `meridian-order-sign-safety` (order-sign), one service per hook with the
 * same checks: allergy–order
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

const ORDER_SAFETY_PREFETCH = {
  patient: PATIENT_TEMPLATE,
  allergies: ALLERGIES_TEMPLATE,
  medications: ACTIVE_MEDICATIONS_TEMPLATE,
  conditions: CONDITIONS_TEMPLATE,
  labs: LABORATORY_TEMPLATE,
} as const;

const ORDER_SAFETY_CHECKS =
  'conflicts with documented allergies, duplicates of active orders in the same class, and conflicts with documented conditions or a current eGFR, each with its evidence. Never a dose or a drug choice.';

/** The order checks of either hook: order-select checks the orders just selected; order-sign every order about to be signed. */
const checkOrders: CdsServiceDefinition['handler'] = ({ request, context }) => {
  const all = ordersFromBundle(
    request.hook === 'order-select' || request.hook === 'order-sign' ? request.context.draftOrders : undefined,
  );
  const selected = request.hook === 'order-select' ? new Set<string>(request.context.selections) : undefined;
  const orders: OrderEntry[] = selected ? all.filter((o) => selected.has(o.reference)) : all;
  return [
    { name: 'allergy-conflicts', run: () => orderCards(findAllergyConflicts(orders, context)) },
    { name: 'contraindications', run: () => orderCards(findContraindications(orders, context)) },
    { name: 'duplicate-orders', run: () => orderCards(findDuplicateOrders(orders, context)) },
  ];
};

/**
 * Order safety on `order-select`: the orders the clinician just selected.
 *
 * @example
 * ```ts
 * orderSelectSafetyService.hook; // 'order-select'
 * ```
 */
export const orderSelectSafetyService: CdsServiceDefinition = {
  id: 'meridian-order-select-safety',
  hook: 'order-select',
  title: 'Meridian order safety (order-select)',
  description: `Warnings on the draft orders just selected: ${ORDER_SAFETY_CHECKS}`,
  prefetch: ORDER_SAFETY_PREFETCH,
  handler: checkOrders,
};

/**
 * Order safety on `order-sign`: every draft order about to be signed.
 *
 * @example
 * ```ts
 * orderSignSafetyService.hook; // 'order-sign'
 * ```
 */
export const orderSignSafetyService: CdsServiceDefinition = {
  id: 'meridian-order-sign-safety',
  hook: 'order-sign',
  title: 'Meridian order safety (order-sign)',
  description: `Warnings on the draft orders about to be signed: ${ORDER_SAFETY_CHECKS}`,
  prefetch: ORDER_SAFETY_PREFETCH,
  handler: checkOrders,
};
