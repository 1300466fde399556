/**
 * The keys surrogates are drawn under. Each tenant has its own secret,
 * derived (HKDF-SHA256) from the server's encryption key and the tenant id,
 * never stored; a patient's key is the HMAC of the patient reference under
 * that secret, so the same value of the same patient gets the same surrogate
 * in every document, and without the server's key nobody can compute a
 * surrogate or link two. Without a patient, a fresh random key per request:
 * surrogates are consistent within the one document only.
 *
 * Why derive rather than store a mapping: nothing to keep, migrate or leak,
 * and the same surrogate comes back on any replica. The reverse direction is
 * served by the sealed table each response carries (see `scrub-request.ts`).
 *
 * @module
 */
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The tenant's surrogate secret.
 *
 * @example
 * ```ts
 * const secret = tenantPhiSecret(services.caseAnalysis.encryptionKey, 'demo');
 * ```
 */
export function tenantPhiSecret(serverKey: Buffer, tenantId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverKey, Buffer.from(tenantId, 'utf8'), 'meridian phi surrogates v1', 32));
}

/**
 * The surrogate key of one patient of a tenant (`Patient/{id}`), or a random
 * one for a single document when no patient is given.
 *
 * @example
 * ```ts
 * surrogateKey(secret, 'Patient/123'); // the same key every time
 * ```
 */
export function surrogateKey(secret: Buffer, patient: string | undefined): Buffer {
  return patient ? createHmac('sha256', secret).update(patient).digest() : randomBytes(32);
}
