/**
 * Meridian's CDS Services, as data; discovery is generated from this list.
 *
 * @module
 */
import type { CdsDiscoveryResponse } from '@meridian/sdk';
import { notFound } from '../../platform/errors/outcome-error.js';
import type { CdsServiceDefinition } from './service-definition.js';
import { dischargeSummaryService } from './services/discharge-summary.js';
import { encounterStartService } from './services/encounter-start.js';
import { orderSelectSafetyService, orderSignSafetyService } from './services/order-safety.js';
import { patientRiskService } from './services/patient-risk.js';

/**
 * Every CDS Service Meridian offers.
 *
 * @example
 * ```ts
 * CDS_SERVICES.map((s) => s.id); // ['meridian-patient-risk', 'meridian-encounter-start', 'meridian-order-select-safety', 'meridian-order-sign-safety', 'meridian-discharge-summary']
 * ```
 */
export const CDS_SERVICES: readonly CdsServiceDefinition[] = [
  patientRiskService,
  encounterStartService,
  orderSelectSafetyService,
  orderSignSafetyService,
  dischargeSummaryService,
];

/**
 * The service with this id.
 *
 * @example
 * ```ts
 * findCdsService('meridian-patient-risk')?.hook; // 'patient-view'
 * ```
 */
export function findCdsService(
  id: string,
  services: readonly CdsServiceDefinition[] = CDS_SERVICES,
): CdsServiceDefinition | undefined {
  return services.find((s) => s.id === id);
}

/**
 * The service with this id, or a 404 naming discovery (the id is shortened in the message).
 *
 * @example
 * ```ts
 * requireCdsService('meridian-patient-risk', services.cdsHooks.services).hook; // 'patient-view'
 * ```
 */
export function requireCdsService(
  id: string,
  services: readonly CdsServiceDefinition[] = CDS_SERVICES,
): CdsServiceDefinition {
  const service = findCdsService(id, services);
  if (!service) throw notFound(`no CDS Service '${id.slice(0, 64)}'; GET /cds-services lists them`);
  return service;
}

/**
 * The discovery document: one entry per service, each with its own id and
 * hook. Throws when two services share an id (a registry mistake, caught at
 * start-up rather than by an EHR).
 *
 * @example
 * ```ts
 * discoveryDocument().services.map((s) => `${s.id} on ${s.hook}`);
 * ```
 */
export function discoveryDocument(services: readonly CdsServiceDefinition[] = CDS_SERVICES): CdsDiscoveryResponse {
  const ids = new Set<string>();
  for (const { id } of services) {
    if (ids.has(id)) throw new Error(`two CDS Services share the id '${id}'; each needs its own`);
    ids.add(id);
  }
  return {
    services: services.map((service) => ({
      hook: service.hook,
      title: service.title,
      description: service.description,
      id: service.id,
      ...(Object.keys(service.prefetch).length ? { prefetch: { ...service.prefetch } } : {}),
      ...(service.usageRequirements ? { usageRequirements: service.usageRequirements } : {}),
    })),
  };
}
