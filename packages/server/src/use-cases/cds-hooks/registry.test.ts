import { cdsDiscoveryResponseSchema } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import { CDS_SERVICES, discoveryDocument, findCdsService } from './registry.js';
import { orderSelectSafetyService } from './services/order-safety.js';

describe('the CDS Services registry and its discovery document', () => {
  it("holds to the SDK's discovery schema, and lists each id once", () => {
    const { services } = cdsDiscoveryResponseSchema.parse(discoveryDocument());
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(services.map((s) => `${s.id} ${s.hook}`)).toEqual([
      'meridian-patient-risk patient-view',
      'meridian-encounter-start encounter-start',
      'meridian-order-select-safety order-select',
      'meridian-order-sign-safety order-sign',
      'meridian-discharge-summary encounter-discharge',
    ]);
  });

  it('routes each listed id to the service that answers its hook', () => {
    for (const entry of discoveryDocument().services) expect(findCdsService(entry.id)?.hook).toBe(entry.hook);
  });

  it('refuses a registry in which two services share an id', () => {
    const twin = { ...orderSelectSafetyService, hook: 'order-sign' as const };
    expect(() => discoveryDocument([...CDS_SERVICES, twin])).toThrow(
      "two CDS Services share the id 'meridian-order-select-safety'",
    );
  });
});
