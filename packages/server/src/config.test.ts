import { describe, expect, it } from 'vitest';
import { loadConfig, shouldSeedDemo, shouldServePortal } from './config.js';

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

  it('serves the demo portal with the demo, unless told otherwise', () => {
    expect(shouldServePortal(loadConfig({}))).toBe(true);
    expect(shouldServePortal(loadConfig({ MERIDIAN_PORTAL: 'false' }))).toBe(false);
    expect(shouldServePortal(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }))).toBe(false);
    expect(shouldServePortal(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', MERIDIAN_PORTAL: 'true' }))).toBe(true);
    expect(() => loadConfig({ MERIDIAN_PORTAL: 'yes' })).toThrow(/MERIDIAN_PORTAL/);
  });
});
