/**
 * Test helper: locates and reads the shared fixtures
 * (`$MERIDIAN_FIXTURES`, else `shared/fixtures` beside or above the repository).
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const candidates = [
  process.env.MERIDIAN_FIXTURES,
  fileURLToPath(new URL('../../../../shared/fixtures', import.meta.url)),
  fileURLToPath(new URL('../../../../../shared/fixtures', import.meta.url)),
].filter((p): p is string => p !== undefined && p !== '');

/** Absolute path of the fixtures folder. @example `join(FIXTURES_DIR, 'cds-hooks-spec')` */
export const FIXTURES_DIR = candidates.find((p) => existsSync(p)) ?? candidates[candidates.length - 1]!;

/** Parses a fixture JSON file by path relative to the fixtures folder. @example `readFixture('synthea-smart-sample/x.json')` */
export function readFixture(relativePath: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, relativePath), 'utf8')) as unknown;
}
