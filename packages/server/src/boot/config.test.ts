import { describe, expect, it } from 'vitest';
import {
  hl7Port,
  InvalidConfigurationError,
  loadConfig,
  requireSharedEncryptionKey,
  shouldSeedDemo,
  shouldServePortal,
} from './config.js';

describe('loadConfig', () => {
  it('defaults to port 8080 on embedded PGlite with the demo tenant', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(shouldSeedDemo(config)).toBe(true);
  });

  it('treats an empty variable as unset and does not seed a real Postgres by default', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(shouldSeedDemo(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }))).toBe(false);
    expect(shouldSeedDemo(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', MERIDIAN_SEED_DEMO: 'true' }))).toBe(
      true,
    );
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(
      /PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/,
    );
    expect(() => loadConfig({ MERIDIAN_DEMO_API_KEY: 'short' })).toThrow(/MERIDIAN_DEMO_API_KEY/);
  });

  it('reads the document upload limit and the transcription endpoint', () => {
    expect(loadConfig({}).MERIDIAN_DOCUMENT_BODY_LIMIT).toBe(20 * 1024 * 1024);
    expect(loadConfig({ MERIDIAN_DOCUMENT_BODY_LIMIT: '5mb' }).MERIDIAN_DOCUMENT_BODY_LIMIT).toBe(5 * 1024 * 1024);
    expect(loadConfig({ TRANSCRIPTION_BASE_URL: 'http://whisper:8000/v1' }).TRANSCRIPTION_BASE_URL).toBe(
      'http://whisper:8000/v1',
    );
    expect(() => loadConfig({ TRANSCRIPTION_BASE_URL: 'whisper' })).toThrow(/TRANSCRIPTION_BASE_URL/);
  });

  it('serves the demo portal with the demo, unless told otherwise', () => {
    expect(shouldServePortal(loadConfig({}))).toBe(true);
    expect(shouldServePortal(loadConfig({ MERIDIAN_PORTAL: 'false' }))).toBe(false);
    expect(shouldServePortal(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }))).toBe(false);
    expect(shouldServePortal(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', MERIDIAN_PORTAL: 'true' }))).toBe(
      true,
    );
    expect(() => loadConfig({ MERIDIAN_PORTAL: 'yes' })).toThrow(/MERIDIAN_PORTAL/);
  });
});

describe('loadConfig: sizes, proxies and the public URL', () => {
  it('reads MERIDIAN_BODY_LIMIT as express does (bytes), and refuses what express would crash on', () => {
    expect(loadConfig({}).MERIDIAN_BODY_LIMIT).toBe(10 * 1024 * 1024);
    expect(loadConfig({ MERIDIAN_BODY_LIMIT: '512kb' }).MERIDIAN_BODY_LIMIT).toBe(512 * 1024);
    expect(loadConfig({ MERIDIAN_BODY_LIMIT: '1048576' }).MERIDIAN_BODY_LIMIT).toBe(1048576);
    expect(loadConfig({ MERIDIAN_BODY_LIMIT: '2.5MB' }).MERIDIAN_BODY_LIMIT).toBe(2.5 * 1024 * 1024);
    for (const bad of ['abc', '1e3', '-1', '0', '10 parsecs', '2gb']) {
      expect(() => loadConfig({ MERIDIAN_BODY_LIMIT: bad }), bad).toThrow(InvalidConfigurationError);
      expect(() => loadConfig({ MERIDIAN_BODY_LIMIT: bad }), bad).toThrow(
        /^invalid configuration:\n {2}MERIDIAN_BODY_LIMIT: /,
      );
    }
  });

  it('reads MERIDIAN_TRUST_PROXY as a boolean, a hop count or addresses, and refuses an address express cannot compile', () => {
    expect(loadConfig({ MERIDIAN_TRUST_PROXY: 'true' }).MERIDIAN_TRUST_PROXY).toBe(true);
    expect(loadConfig({ MERIDIAN_TRUST_PROXY: '2' }).MERIDIAN_TRUST_PROXY).toBe(2);
    expect(loadConfig({ MERIDIAN_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).MERIDIAN_TRUST_PROXY).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => loadConfig({ MERIDIAN_TRUST_PROXY: 'abc' })).toThrow(/MERIDIAN_TRUST_PROXY/);
  });

  it('takes MERIDIAN_PUBLIC_URL without its trailing slash, and refuses one with a query or another scheme', () => {
    expect(loadConfig({ MERIDIAN_PUBLIC_URL: 'https://meridian.example.org/api/' }).MERIDIAN_PUBLIC_URL).toBe(
      'https://meridian.example.org/api',
    );
    for (const bad of ['ftp://h.example', 'https://h.example/?a=1', 'https://u:p@h.example', 'not a url']) {
      expect(() => loadConfig({ MERIDIAN_PUBLIC_URL: bad }), bad).toThrow(/MERIDIAN_PUBLIC_URL/);
    }
  });

  it('turns the HL7 listener on in the demo or when HL7_PORT is set, and reads its limits', () => {
    expect(hl7Port(loadConfig({}))).toBe(2575);
    expect(hl7Port(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }))).toBeUndefined();
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h:5432/db',
      HL7_PORT: '6661',
      HL7_MAX_FRAME_BYTES: '2048',
      HL7_HOST: '127.0.0.1',
    });
    expect([hl7Port(config), config.HL7_MAX_FRAME_BYTES, config.HL7_HOST, config.HL7_MAX_CONNECTIONS]).toEqual([
      6661,
      2048,
      '127.0.0.1',
      64,
    ]);
    expect(() => loadConfig({ HL7_TLS_CERT: '/tmp/cert.pem' })).toThrow(/HL7_TLS_KEY/);
    expect(() => loadConfig({ HL7_PORT: '99999', HL7_MAX_FRAME_BYTES: '10' })).toThrow(
      /HL7_PORT[\s\S]*HL7_MAX_FRAME_BYTES/,
    );
  });

  it('requires one shared encryption key on Postgres (or a key provider), none on the embedded database', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const onPostgres = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(() => requireSharedEncryptionKey(onPostgres, { keyProvider: false })).toThrow(InvalidConfigurationError);
    expect(() => requireSharedEncryptionKey(onPostgres, { keyProvider: false })).toThrow(
      /MERIDIAN_ENCRYPTION_KEY: required with DATABASE_URL/,
    );
    expect(() => requireSharedEncryptionKey(onPostgres, { keyProvider: true })).not.toThrow();
    const withKey = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', MERIDIAN_ENCRYPTION_KEY: key });
    expect(() => requireSharedEncryptionKey(withKey, { keyProvider: false })).not.toThrow();
    expect(() => requireSharedEncryptionKey(loadConfig({}), { keyProvider: false })).not.toThrow();
    expect(() => loadConfig({ MERIDIAN_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/MERIDIAN_ENCRYPTION_KEY: 32 bytes/);
  });

  it('reads the risk cache bound as a size', () => {
    expect(loadConfig({}).MERIDIAN_RISK_CACHE_MAX_BYTES).toBe(64 * 1024 * 1024);
    expect(loadConfig({ MERIDIAN_RISK_CACHE_MAX_BYTES: '16mb' }).MERIDIAN_RISK_CACHE_MAX_BYTES).toBe(16 * 1024 * 1024);
    expect(() => loadConfig({ MERIDIAN_RISK_CACHE_MAX_BYTES: 'lots' })).toThrow(/MERIDIAN_RISK_CACHE_MAX_BYTES/);
  });
});
