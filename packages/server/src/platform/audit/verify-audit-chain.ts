import type { AuditVerifyResult } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';
import { canonicalHash } from '../hashing/canonical-hash.js';
import { chainHash, GENESIS_HASH } from './hash.js';

interface ChainRow {
  seq: number;
  id: string;
  resource: unknown;
  event_hash: string;
  prev_hash: string;
  chain_hash: string;
}

type BrokenLink = NonNullable<AuditVerifyResult['firstBrokenLink']>;

const BATCH = 1000;

function checkLink(row: ChainRow, expectedSeq: number, expectedPrev: string): BrokenLink | null {
  const link = (reason: BrokenLink['reason'], expected: string, found: string): BrokenLink => ({
    seq: Number(row.seq),
    auditEventId: row.id,
    reason,
    expected,
    found,
  });
  if (Number(row.seq) !== expectedSeq) return link('sequence-gap', String(expectedSeq), String(row.seq));
  if (row.prev_hash !== expectedPrev) return link('previous-hash-mismatch', expectedPrev, row.prev_hash);
  const eventHash = canonicalHash(row.resource);
  if (eventHash !== row.event_hash) return link('event-hash-mismatch', eventHash, row.event_hash);
  const linkHash = chainHash(row.prev_hash, row.event_hash);
  if (linkHash !== row.chain_hash) return link('chain-hash-mismatch', linkHash, row.chain_hash);
  return null;
}

/**
 * Recomputes a tenant's audit hash chain from its first event up to the chain
 * head (read first, so events appended while verifying are not mistaken for
 * damage) and reports the first broken link: a missing sequence number (a
 * deleted row), a predecessor hash that does not match, an event whose content
 * no longer matches its hash (an altered row), or a link hash that does not
 * match; finally, that the head agrees with the last row.
 *
 * @example
 * ```ts
 * const report = await verifyAuditChain(db, 'demo');
 * report.valid; // true
 * ```
 */
export async function verifyAuditChain(db: Queryable, tenantId: string): Promise<AuditVerifyResult> {
  const { rows: heads } = await db.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_chain_head WHERE tenant_id = $1',
    [tenantId],
  );
  const headSeq = Number(heads[0]?.seq ?? 0);
  let expectedSeq = 1;
  let previous = GENESIS_HASH;
  const result = (firstBrokenLink: BrokenLink | null): AuditVerifyResult => ({
    valid: firstBrokenLink === null,
    eventsChecked: expectedSeq - 1,
    headSeq: expectedSeq - 1,
    headHash: expectedSeq > 1 ? previous : null,
    firstBrokenLink,
  });
  for (;;) {
    const { rows } = await db.query<ChainRow>(
      `SELECT seq, id, resource, event_hash, prev_hash, chain_hash FROM audit_event
       WHERE tenant_id = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq LIMIT ${BATCH}`,
      [tenantId, expectedSeq, headSeq],
    );
    for (const row of rows) {
      const broken = checkLink(row, expectedSeq, previous);
      if (broken) return result(broken);
      expectedSeq++;
      previous = row.chain_hash;
    }
    if (rows.length < BATCH) break;
  }
  if (expectedSeq - 1 < headSeq) {
    return result({
      seq: expectedSeq,
      auditEventId: null,
      reason: 'sequence-gap',
      expected: String(expectedSeq),
      found: 'missing',
    });
  }
  if (headSeq > 0 && heads[0]!.hash !== previous) {
    return result({
      seq: headSeq,
      auditEventId: null,
      reason: 'chain-hash-mismatch',
      expected: previous,
      found: heads[0]!.hash,
    });
  }
  return result(null);
}
