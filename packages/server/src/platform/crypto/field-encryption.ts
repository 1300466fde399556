import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts a value for a column at rest with AES-256-GCM: a fresh 12-byte IV,
 * the 16-byte tag, and `context` (e.g. `tenant:record-id`) bound as additional
 * data so a ciphertext cannot be moved to another row.
 *
 * @example
 * ```ts
 * const sealed = encryptField(key, JSON.stringify(payload), 'demo:esc-1');
 * ```
 */
export function encryptField(key: Buffer, plaintext: string, context: string): string {
  if (key.length !== 32) throw new Error('the encryption key must be 32 bytes');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/**
 * Decrypts what {@link encryptField} sealed; throws when the key, the context
 * or the ciphertext is wrong.
 *
 * @example
 * ```ts
 * const payload = JSON.parse(decryptField(key, sealed, 'demo:esc-1'));
 * ```
 */
export function decryptField(key: Buffer, sealed: string, context: string): string {
  const [version, data] = sealed.split('.');
  if (version !== VERSION || !data) throw new Error('unknown ciphertext format');
  const raw = Buffer.from(data, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/**
 * Reads a 32-byte key given as base64 (`MERIDIAN_ENCRYPTION_KEY`).
 *
 * @example
 * ```ts
 * const key = parseEncryptionKey(process.env.MERIDIAN_ENCRYPTION_KEY!);
 * ```
 */
export function parseEncryptionKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32)
    throw new Error('MERIDIAN_ENCRYPTION_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  return key;
}
