import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptField, encryptField, parseEncryptionKey } from './field-encryption.js';

describe('field encryption', () => {
  const key = randomBytes(32);
  it('round-trips, and refuses another key, another row or a flipped bit', () => {
    const sealed = encryptField(key, '{"patient":"Patient/1"}', 't:esc-1');
    expect(sealed).not.toContain('Patient');
    expect(decryptField(key, sealed, 't:esc-1')).toBe('{"patient":"Patient/1"}');
    expect(() => decryptField(randomBytes(32), sealed, 't:esc-1')).toThrow();
    expect(() => decryptField(key, sealed, 't:esc-2')).toThrow();
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => decryptField(key, `v1.${raw.toString('base64')}`, 't:esc-1')).toThrow();
    expect(encryptField(key, 'x', 'c')).not.toBe(encryptField(key, 'x', 'c'));
  });
  it('wants a 32-byte key', () => {
    expect(() => parseEncryptionKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(parseEncryptionKey(key.toString('base64'))).toEqual(key);
  });
});
