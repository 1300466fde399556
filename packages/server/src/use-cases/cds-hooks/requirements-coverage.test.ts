import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFixtureText } from '@meridian/fixtures';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../../..');

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules' || e.name === 'dist'
      ? []
      : e.isDirectory()
        ? testFiles(join(dir, e.name))
        : e.name.endsWith('.test.ts')
          ? [join(dir, e.name)]
          : [],
  );
}

/** Requirement ids named in tests: "requirement 54", "requirements 1, 74", "requirements 92-96". */
function namedInTests(): Set<number> {
  const ids = new Set<number>();
  for (const file of [...testFiles(join(ROOT, 'packages/server/src')), ...testFiles(join(ROOT, 'packages/sdk/src'))]) {
    if (file.endsWith('requirements-coverage.test.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/requirements? ((?:\d+(?:-\d+)?(?:, | and )?)+)/g)) {
      for (const part of m[1]!.split(/, | and /)) {
        const [from, to = from] = part.split('-').map(Number);
        for (let id = from!; id <= to!; id++) ids.add(id);
      }
    }
  }
  return ids;
}

/** Requirement ids the README says do not apply, each with its reason. */
function explainedInReadme(): Set<number> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section =
    readme.split('#### CDS Hooks 2.0 requirements that tests do not cover')[1]?.split(/\n#{2,4} /)[0] ?? '';
  return new Set([...section.matchAll(/\*\*(\d+)\*\*/g)].map((m) => Number(m[1])));
}

describe('CDS Hooks 2.0 conformance checklist (Inferno CRD test kit requirements)', () => {
  const [header, ...rows] = parseCsv(readFixtureText('inferno-crd-test-kit/cds-hooks-2.0-requirements.csv'));
  const col = (name: string) => header!.indexOf(name);
  const serviceShall = rows
    .filter((r) => r.length === header!.length)
    .filter(
      (r) =>
        ['SHALL', 'SHALL NOT'].includes(r[col('conformance')]!) &&
        r[col('actors')]!.split(',')
          .map((a) => a.trim())
          .includes('Service'),
    )
    .map((r) => Number(r[col('id')]));

  it('reads the 73 SHALL / SHALL NOT rows of the Service actor', () => {
    expect(serviceShall).toHaveLength(73);
  });

  it('has a test naming each, or a README line saying why it does not apply', () => {
    const tested = namedInTests();
    const explained = explainedInReadme();
    expect(serviceShall.filter((id) => !tested.has(id) && !explained.has(id))).toEqual([]);
  });
});
