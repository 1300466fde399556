import { appendAuditEvent } from '../../platform/audit/append-audit-event.js';
import { buildAuditEvent } from '../../platform/audit/build-audit-event.js';
import { processBundle } from '../../platform/fhir-store/process-bundle.js';
import { transactionRequestSchema } from '@meridian/sdk';
import type { Db } from '../../platform/store/db.js';
import { demoPatientsBundle } from './demo-patients.js';
import { createApiKey, generateApiKey, hashApiKey } from '../../platform/tenancy/api-keys.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';

/** The demo tenant the quickstart creates. */
export const DEMO_TENANT = { id: 'demo', name: 'Demo Clinic' } as const;
const DEMO_KEY_ID = 'demo-admin';

/**
 * Loads (or refreshes) the demo patients in the demo tenant, recorded in the
 * audit trail like any other load. Returns their references.
 */
export async function seedDemoPatients(db: Db, now = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const result = await processBundle(
      tx,
      DEMO_TENANT.id,
      transactionRequestSchema.parse(demoPatientsBundle(now)),
      now,
    );
    const actor = actorFor(systemPrincipal(DEMO_TENANT.id, 'demo-seed'), 'demo-seed');
    const record = {
      action: 'U' as const,
      interaction: 'transaction' as const,
      patients: result.patients,
      resources: result.resources,
    };
    await appendAuditEvent(tx, DEMO_TENANT.id, buildAuditEvent(actor, record, now));
    return result.patients;
  });
}

/**
 * Creates the demo tenant and (re)sets its admin API key: the given one
 * (`MERIDIAN_DEMO_API_KEY`) or a fresh random one. Only the key's hash is
 * stored, so a random key is new at every start; returns it for printing.
 *
 * @example
 * ```ts
 * const key = await seedDemoTenant(db, process.env.MERIDIAN_DEMO_API_KEY);
 * ```
 */
export async function seedDemoTenant(db: Db, fixedKey?: string): Promise<string> {
  const key = fixedKey ?? generateApiKey();
  await db.transaction(async (tx) => {
    await ensureTenant(tx, DEMO_TENANT);
    const { rowCount } = await tx.query('UPDATE api_key SET key_hash = $2, revoked_at = NULL WHERE id = $1', [
      DEMO_KEY_ID,
      hashApiKey(key),
    ]);
    if (rowCount === 0)
      await createApiKey(tx, { id: DEMO_KEY_ID, tenantId: DEMO_TENANT.id, name: 'Demo admin', role: 'admin', key });
  });
  return key;
}
