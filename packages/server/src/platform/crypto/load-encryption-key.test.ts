import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEncryptionKey } from './load-encryption-key.js';

describe('loadEncryptionKey', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes MERIDIAN_ENCRYPTION_KEY first', async () => {
    const key = randomBytes(32);
    expect(await loadEncryptionKey({ fromEnv: key.toString('base64'), dataDir: dir })).toEqual({ key, source: 'env' });
  });

  it('then a key provider (a KMS hook), refusing a key of the wrong size', async () => {
    const key = randomBytes(32);
    const provider = { name: 'test-kms', loadKey: () => Promise.resolve(key) };
    expect(await loadEncryptionKey({ provider })).toEqual({ key, source: 'provider' });
    const short = { name: 'short-kms', loadKey: () => Promise.resolve(randomBytes(16)) };
    await expect(loadEncryptionKey({ provider: short })).rejects.toThrow(/short-kms is not 32 bytes/);
  });

  it('on the embedded database, a key file made once (0600) and read by every later start', async () => {
    const first = await loadEncryptionKey({ dataDir: dir });
    const second = await loadEncryptionKey({ dataDir: dir });
    expect(first.source).toBe('data-dir');
    expect(second.key.equals(first.key)).toBe(true);
    expect(statSync(join(dir, 'encryption.key')).mode & 0o777).toBe(0o600);
  });

  it('never makes up a key for one process on Postgres', async () => {
    await expect(loadEncryptionKey({})).rejects.toThrow(/MERIDIAN_ENCRYPTION_KEY/);
  });
});
