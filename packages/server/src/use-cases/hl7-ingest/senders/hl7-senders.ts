/**
 * Which HL7 v2 sender (MSH-3 sending application, MSH-4 sending facility)
 * belongs to which tenant. A message from a sender not registered here is
 * refused (AR) and never stored under a guessed tenant.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { Hl7Sender } from '@meridian/sdk';
import { conflict } from '../../../platform/errors/outcome-error.js';
import type { Queryable } from '../../../platform/store/db.js';
import type { MllpSenderPrincipal } from '../../../platform/tenancy/principal.js';

/** A registered sender (the SDK's `Hl7Sender`). */
export type { Hl7Sender } from '@meridian/sdk';

interface SenderRow {
  id: string;
  tenant_id: string;
  sending_application: string;
  sending_facility: string;
  name: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const COLUMNS = 'id, tenant_id, sending_application, sending_facility, name, created_at, revoked_at';
const toSender = (r: SenderRow): Hl7Sender => ({
  id: r.id,
  tenantId: r.tenant_id,
  sendingApplication: r.sending_application,
  sendingFacility: r.sending_facility,
  name: r.name,
  createdAt: new Date(r.created_at).toISOString(),
  revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at).toISOString(),
});

/**
 * Registers a sender for a tenant (MSH-3.1 and MSH-4.1 as the sender writes
 * them; an empty facility is allowed). Registering the same pair again for
 * the same tenant returns the existing sender (and re-activates it); for
 * another tenant it throws a 409 `conflict`, since a sender maps to exactly one tenant.
 *
 * @example
 * ```ts
 * await registerHl7Sender(db, { tenantId: 'demo', sendingApplication: 'LAB', sendingFacility: 'HOSP', name: 'Hospital lab' });
 * ```
 */
export async function registerHl7Sender(
  db: Queryable,
  input: { tenantId: string; sendingApplication: string; sendingFacility: string; name: string },
): Promise<Hl7Sender> {
  if (input.sendingApplication.trim() === '') throw new TypeError('sendingApplication must not be empty');
  const { rows } = await db.query<SenderRow>(
    `INSERT INTO hl7_sender (id, tenant_id, sending_application, sending_facility, name) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (sending_application, sending_facility) DO UPDATE SET revoked_at = NULL
       WHERE hl7_sender.tenant_id = EXCLUDED.tenant_id
     RETURNING ${COLUMNS}`,
    [
      `hl7s-${randomBytes(6).toString('hex')}`,
      input.tenantId,
      input.sendingApplication.trim(),
      input.sendingFacility.trim(),
      input.name,
    ],
  );
  if (!rows[0])
    throw conflict(`sender ${input.sendingApplication}^${input.sendingFacility} already belongs to another tenant`);
  return toSender(rows[0]);
}

/**
 * The active sender of an application and facility, if registered.
 *
 * @example
 * ```ts
 * const sender = await findHl7Sender(db, 'LAB', 'HOSP');
 * ```
 */
export async function findHl7Sender(
  db: Queryable,
  sendingApplication: string,
  sendingFacility: string,
): Promise<Hl7Sender | undefined> {
  const { rows } = await db.query<SenderRow>(
    `SELECT ${COLUMNS} FROM hl7_sender WHERE sending_application = $1 AND sending_facility = $2 AND revoked_at IS NULL`,
    [sendingApplication, sendingFacility],
    { name: 'hl7-find-sender' },
  );
  return rows[0] ? toSender(rows[0]) : undefined;
}

/**
 * A tenant's senders, newest first.
 *
 * @example
 * ```ts
 * const senders = await listHl7Senders(db, 'demo');
 * ```
 */
export async function listHl7Senders(db: Queryable, tenantId: string): Promise<Hl7Sender[]> {
  const { rows } = await db.query<SenderRow>(
    `SELECT ${COLUMNS} FROM hl7_sender WHERE tenant_id = $1 ORDER BY created_at DESC, id`,
    [tenantId],
  );
  return rows.map(toSender);
}

/**
 * Revokes a sender: its next messages are refused.
 *
 * @example
 * ```ts
 * await revokeHl7Sender(db, 'demo', 'hl7s-1a2b');
 * ```
 */
export async function revokeHl7Sender(db: Queryable, tenantId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE hl7_sender SET revoked_at = now() WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL`,
    [tenantId, id],
  );
  return rowCount > 0;
}

/**
 * The principal a sender acts as (the AuditEvent agent of what its messages wrote).
 *
 * @example
 * ```ts
 * const actor = actorFor(senderPrincipal(sender), 'hl7m-…', { clientAddress: '10.0.0.5' });
 * ```
 */
export function senderPrincipal(sender: Hl7Sender): MllpSenderPrincipal {
  return {
    kind: 'mllp-sender',
    tenantId: sender.tenantId,
    senderId: sender.id,
    sendingApplication: sender.sendingApplication,
    sendingFacility: sender.sendingFacility,
    name: sender.name,
    role: 'integration',
  };
}
