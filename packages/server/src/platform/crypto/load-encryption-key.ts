import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EncryptionKeyProvider } from './encryption-key-provider.js';
import { parseEncryptionKey } from './field-encryption.js';

/** Where {@link loadEncryptionKey} found the key. */
export type EncryptionKeySource = 'env' | 'provider' | 'data-dir';

/**
 * The key that encrypts escalation records, job payloads and tenant API keys:
 * `MERIDIAN_ENCRYPTION_KEY` (base64, 32 bytes) when set; else a key provider
 * (a KMS hook); else, on the embedded database only, a key file kept beside
 * the data (`encryption.key`, created once, mode 0600). On Postgres with
 * neither, there is no key: every process must share one, so the caller
 * refuses to start (`requireSharedEncryptionKey`) before coming here.
 *
 * @example
 * ```ts
 * const { key, source } = await loadEncryptionKey({ fromEnv: config.MERIDIAN_ENCRYPTION_KEY, dataDir: './.meridian-data' });
 * ```
 */
export async function loadEncryptionKey(options: {
  fromEnv?: string | undefined;
  provider?: EncryptionKeyProvider | undefined;
  /** The embedded database's data folder; undefined on Postgres. */
  dataDir?: string | undefined;
}): Promise<{ key: Buffer; source: EncryptionKeySource }> {
  if (options.fromEnv) return { key: parseEncryptionKey(options.fromEnv), source: 'env' };
  if (options.provider) {
    const key = await options.provider.loadKey();
    if (key.length !== 32) throw new Error(`the key from ${options.provider.name} is not 32 bytes`);
    return { key, source: 'provider' };
  }
  if (!options.dataDir) throw new Error('no encryption key: set MERIDIAN_ENCRYPTION_KEY');
  const file = join(options.dataDir, 'encryption.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return { key: parseEncryptionKey(readFileSync(file, 'utf8').trim()), source: 'data-dir' };
}
