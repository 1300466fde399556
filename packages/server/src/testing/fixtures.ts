import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared reference fixtures: `$MERIDIAN_FIXTURES`, else `shared/fixtures` beside the repository. */
export const FIXTURES_DIR =
  [process.env.MERIDIAN_FIXTURES, fileURLToPath(new URL('../../../../../shared/fixtures', import.meta.url))].find(
    (p): p is string => !!p && existsSync(p),
  ) ?? fileURLToPath(new URL('../../../../../shared/fixtures', import.meta.url));

/** Parses a fixture JSON file, by path relative to the fixtures folder. */
export function readFixture<T = unknown>(relativePath: string): T {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, relativePath), 'utf8')) as T;
}

/** The patient bundles of the fixtures (Synthea and Inferno US Core). */
export const PATIENT_BUNDLES = [
  'synthea-smart-sample/Louis_Maggio_2e275d4b-855a-4eb2-9021-5410aa8acd4f.json',
  'inferno-reference-server-data/uscore_bundle_patient_client_test.json',
  'inferno-reference-server-data/uscore_bundle_patient_355.json',
] as const;
