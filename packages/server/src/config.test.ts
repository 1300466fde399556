import { describe, expect, it } from 'vitest';
import { hl7Port, loadConfig, shouldSeedDemo } from './config.js';

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
    expect(shouldSeedDemo(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', MERIDIAN_SEED_DEMO: 'true' }))).toBe(true);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
    expect(() => loadConfig({ MERIDIAN_DEMO_API_KEY: 'short' })).toThrow(/MERIDIAN_DEMO_API_KEY/);
  });

  it('turns the HL7 listener on in the demo or when HL7_PORT is set, and reads its limits', () => {
    expect(hl7Port(loadConfig({}))).toBe(2575);
    expect(hl7Port(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }))).toBeUndefined();
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', HL7_PORT: '6661', HL7_MAX_FRAME_BYTES: '2048', HL7_HOST: '127.0.0.1' });
    expect([hl7Port(config), config.HL7_MAX_FRAME_BYTES, config.HL7_HOST, config.HL7_MAX_CONNECTIONS]).toEqual([6661, 2048, '127.0.0.1', 64]);
    expect(() => loadConfig({ HL7_TLS_CERT: '/tmp/cert.pem' })).toThrow(/HL7_TLS_KEY/);
    expect(() => loadConfig({ HL7_PORT: '99999', HL7_MAX_FRAME_BYTES: '10' })).toThrow(/HL7_PORT[\s\S]*HL7_MAX_FRAME_BYTES/);
  });
});
