/**
 * Test helpers: the HL7 v2 fixture files, the IG mapping CSVs, and small
 * message builders. Not part of the published entry point; other packages'
 * tests import it by relative path.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FIXTURES_DIR } from '@meridian/fixtures';

/** One `.hl7` fixture: its path under `fixtures/`, its bytes, and whether it is broken on purpose. */
export interface Hl7Fixture {
  path: string;
  bytes: Buffer;
  malformed: boolean;
}

/**
 * Every `.hl7` file under `fixtures/hl7v2`, sorted by path.
 *
 * @example
 * ```ts
 * for (const fixture of hl7Fixtures()) console.log(fixture.path, fixture.malformed);
 * ```
 */
export function hl7Fixtures(): Hl7Fixture[] {
  const root = join(FIXTURES_DIR, 'hl7v2');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'v2-to-fhir-maps')
    .flatMap((d) =>
      readdirSync(join(root, d.name))
        .filter((f) => f.endsWith('.hl7'))
        .map((f) => `hl7v2/${d.name}/${f}`),
    )
    .sort()
    .map((path) => ({ path, bytes: readFileSync(join(FIXTURES_DIR, path)), malformed: /\/malformed_/.test(path) }));
}

/** One row of an IG segment or data type map: the v2 element, its condition, and the FHIR attribute. */
export interface IgMapRow {
  v2: string;
  condition: string;
  fhir: string;
  dataTypeMap: string;
  vocabulary: string;
  assignment: string;
}

/**
 * Rows of an IG mapping CSV under `fixtures/hl7v2/v2-to-fhir-maps/` (e.g.
 * `segments/PID[Patient].csv`) that name a FHIR attribute.
 *
 * @example
 * ```ts
 * igMapRows('segments/PID[Patient].csv').find((r) => r.v2 === 'PID-8')?.fhir; // 'gender'
 * ```
 */
export function igMapRows(file: string): IgMapRow[] {
  const rows = parse(readFileSync(join(FIXTURES_DIR, 'hl7v2/v2-to-fhir-maps', file), 'utf8'), {
    relax_column_count: true,
  }) as string[][];
  return rows
    .slice(2)
    .map((r) => ({
      v2: r[1] ?? '',
      condition: `${r[6] ?? ''} ${r[8] ?? ''}`.trim(),
      fhir: (r[9] ?? '').trim(),
      dataTypeMap: r[14] ?? '',
      vocabulary: r[15] ?? '',
      assignment: r[16] ?? '',
    }))
    .filter((r) => r.v2 !== '' && r.fhir !== '');
}

/**
 * The v2 code -> FHIR code pairs of an IG vocabulary CSV
 * (`codesystems/{name}.csv`); rows without a FHIR code are skipped.
 *
 * @example
 * ```ts
 * igVocabulary('AdministrativeSex').get('F'); // 'female'
 * ```
 */
export function igVocabulary(name: string): Map<string, string> {
  const rows = parse(readFileSync(join(FIXTURES_DIR, 'hl7v2/v2-to-fhir-maps/codesystems', `${name}.csv`), 'utf8'), {
    relax_column_count: true,
  }) as string[][];
  return new Map(
    rows
      .slice(2)
      .filter((r) => (r[0] ?? '').trim() !== '' && (r[6] ?? '').trim() !== '')
      .map((r) => [r[0]!.trim(), r[6]!.trim()]),
  );
}

/**
 * A message from segment lines (joined with CR), with a default MSH when the
 * first line is not one.
 *
 * @example
 * ```ts
 * hl7('PID|1||123^^^H^MR||DOE^JANE'); // 'MSH|^~\\&|LAB|HOSP|MER|HOSP|20240101120000||ADT^A01^ADT_A01|M1|P|2.5.1\rPID|…'
 * ```
 */
export function hl7(...lines: string[]): string {
  const msh = 'MSH|^~\\&|LAB|HOSP|MER|HOSP|20240101120000||ADT^A01^ADT_A01|M1|P|2.5.1';
  return (lines[0]?.startsWith('MSH') ? lines : [msh, ...lines]).join('\r');
}

/**
 * A segment line from numbered fields (unset fields empty).
 *
 * @example
 * ```ts
 * segment('PV1', { 2: 'I', 19: 'V1^^^H^VN' }); // 'PV1||I|||…|V1^^^H^VN'
 * ```
 */
export function segment(name: string, fields: Record<number, string>): string {
  const max = Math.max(0, ...Object.keys(fields).map(Number));
  const parts = [name];
  for (let n = 1; n <= max; n++) parts.push(fields[n] ?? '');
  return parts.join('|');
}
