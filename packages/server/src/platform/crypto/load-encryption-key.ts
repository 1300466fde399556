import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEncryptionKey } from './field-encryption.js';

/**
 * The key that encrypts escalation records, job payloads and tenant API keys:
 * `MERIDIAN_ENCRYPTION_KEY` (base64, 32 bytes) when set; on the embedded
 * database, a key file kept beside the data (`encryption.key`, created once,
 * mode 0600); otherwise a key for this process only, with a warning.
 *
 * @example
 * ```ts
 * const { key, source } = loadEncryptionKey(config.MERIDIAN_ENCRYPTION_KEY, config.DATABASE_URL ? undefined : config.MERIDIAN_DATA_DIR);
 * ```
 */
export function loadEncryptionKey(
  fromEnv: string | undefined,
  dataDir: string | undefined,
): { key: Buffer; source: 'env' | 'data-dir' | 'ephemeral' } {
  if (fromEnv) return { key: parseEncryptionKey(fromEnv), source: 'env' };
  if (!dataDir) return { key: randomBytes(32), source: 'ephemeral' };
  const file = join(dataDir, 'encryption.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return { key: parseEncryptionKey(readFileSync(file, 'utf8').trim()), source: 'data-dir' };
}
