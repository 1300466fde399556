/**
 * Meridian's CDS Services, as data; discovery is generated from this list.
 *
 * @module
 */
import type { CdsDiscoveryResponse, CdsHook } from '@meridian/sdk';
import type { CdsServiceDefinition } from './service-definition.js';
import { dischargeSummaryService } from './services/discharge-summary.js';
import { encounterStartService } from './services/encounter-start.js';
import { orderSafetyService } from './services/order-safety.js';
import { patientRiskService } from './services/patient-risk.js';

/**
 * Every CDS Service Meridian offers.
 *
 * @example
 * ```ts
 * CDS_SERVICES.map((s) => s.id); // ['meridian-patient-risk', 'meridian-encounter-start', 'meridian-order-safety', 'meridian-discharge-summary']
 * ```
 */
export const CDS_SERVICES: readonly CdsServiceDefinition[] = [
  patientRiskService,
  encounterStartService,
  orderSafetyService,
  dischargeSummaryService,
];

/**
 * The service with this id.
 *
 * @example
 * ```ts
 * findCdsService('meridian-patient-risk')?.hooks; // ['patient-view']
 * ```
 */
export function findCdsService(
  id: string,
  services: readonly CdsServiceDefinition[] = CDS_SERVICES,
): CdsServiceDefinition | undefined {
  return services.find((s) => s.id === id);
}

/**
 * The discovery document: one entry per (service, hook), as the
 * specification allows one id to serve several hooks.
 *
 * @example
 * ```ts
 * discoveryDocument().services.map((s) => `${s.id} on ${s.hook}`);
 * ```
 */
export function discoveryDocument(services: readonly CdsServiceDefinition[] = CDS_SERVICES): CdsDiscoveryResponse {
  return {
    services: services.flatMap((service) =>
      service.hooks.map((hook: CdsHook) => ({
        hook,
        title: service.title,
        description: service.description,
        id: service.id,
        ...(Object.keys(service.prefetch).length ? { prefetch: { ...service.prefetch } } : {}),
        ...(service.usageRequirements ? { usageRequirements: service.usageRequirements } : {}),
      })),
    ),
  };
}
