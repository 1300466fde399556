import type { Db } from '../../platform/store/db.js';
import { registerHl7Sender, type Hl7Sender } from '../hl7-ingest/senders/hl7-senders.js';
import { DEMO_TENANT } from './seed-demo-tenant.js';

/**
 * The HL7 v2 senders of the demo tenant (MSH-3 ^ MSH-4): an ADT system, a
 * laboratory and the ward's vital-signs monitors, all at DEMO-HOSP. The
 * `examples/hl7-feed` sender uses them.
 *
 * @example
 * ```ts
 * DEMO_HL7_SENDERS.map((s) => `${s.sendingApplication}^${s.sendingFacility}`); // ['DEMO-ADT^DEMO-HOSP', …]
 * ```
 */
export const DEMO_HL7_SENDERS = [
  { sendingApplication: 'DEMO-ADT', sendingFacility: 'DEMO-HOSP', name: 'Demo ADT system' },
  { sendingApplication: 'DEMO-LAB', sendingFacility: 'DEMO-HOSP', name: 'Demo laboratory' },
  { sendingApplication: 'DEMO-MONITOR', sendingFacility: 'DEMO-HOSP', name: 'Demo ward monitors' },
] as const;

/**
 * Registers the demo senders for the demo tenant (idempotent).
 *
 * @example
 * ```ts
 * await seedDemoHl7Senders(db);
 * ```
 */
export async function seedDemoHl7Senders(db: Db): Promise<Hl7Sender[]> {
  const senders: Hl7Sender[] = [];
  for (const sender of DEMO_HL7_SENDERS)
    senders.push(await registerHl7Sender(db, { tenantId: DEMO_TENANT.id, ...sender }));
  return senders;
}
