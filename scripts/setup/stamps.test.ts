import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planSetup, readStamps, writeStamps } from './stamps.mjs';

/** A workspace of two packages, `@w/a` and `@w/b` (which depends on a), and `@w/docs` (no build). */
function makeWorkspace(root: string) {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('pnpm-workspace.yaml', "packages:\n  - 'packages/*'\n");
  write('package.json', '{ "name": "w", "private": true }\n');
  write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n");
  write('tsconfig.base.json', '{}\n');
  write('node_modules/.pnpm/lock.yaml', "lockfileVersion: '9.0'\n");
  write('packages/a/package.json', JSON.stringify({ name: '@w/a', scripts: { build: 'tsup' } }));
  write('packages/a/tsup.config.ts', 'export default {};\n');
  write('packages/a/src/index.ts', 'export const a = 1;\n');
  write('packages/a/src/index.test.ts', 'it("a", () => {});\n');
  write(
    'packages/b/package.json',
    JSON.stringify({ name: '@w/b', scripts: { build: 'tsup' }, dependencies: { '@w/a': 'workspace:^' } }),
  );
  write('packages/b/src/index.ts', 'export { a } from "@w/a";\n');
  write('packages/docs/package.json', JSON.stringify({ name: '@w/docs' }));
  return write;
}

/** What a successful setup leaves: the stamps and each package's dist/. */
function finishSetup(root: string) {
  const plan = planSetup(root);
  for (const dir of ['packages/a', 'packages/b']) {
    mkdirSync(join(root, dir, 'dist'), { recursive: true });
    writeFileSync(join(root, dir, 'dist', 'index.js'), '');
  }
  writeStamps(root, { install: plan.installHash, builds: Object.fromEntries(plan.buildHashes) });
}

describe('setup stamps', () => {
  let root: string;
  let write: (path: string, text: string) => void;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'meridian-stamps-'));
    write = makeWorkspace(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a fresh clone (no stamps) installs and builds every package that has a build, dependencies first', () => {
    const plan = planSetup(root);
    expect(plan.install).toBe(true);
    expect(plan.build).toEqual(['@w/a', '@w/b']);
  });

  it('unchanged: skips the install and every build', () => {
    finishSetup(root);
    expect(readStamps(root).builds).toHaveProperty('@w/a');
    expect(planSetup(root)).toMatchObject({ install: false, build: [] });
  });

  it('a touched source rebuilds its package and the packages that depend on it, without an install', () => {
    finishSetup(root);
    write('packages/b/src/index.ts', 'export { a } from "@w/a"; // changed\n');
    expect(planSetup(root)).toMatchObject({ install: false, build: ['@w/b'] });
    write('packages/a/src/new-file.ts', 'export const n = 2;\n');
    expect(planSetup(root)).toMatchObject({ install: false, build: ['@w/a', '@w/b'] });
  });

  it('a changed build configuration rebuilds; a changed test file does not', () => {
    finishSetup(root);
    write('packages/a/src/index.test.ts', 'it("a changed", () => {});\n');
    expect(planSetup(root).build).toEqual([]);
    write('packages/a/tsup.config.ts', 'export default { minify: true };\n');
    expect(planSetup(root).build).toEqual(['@w/a', '@w/b']);
    finishSetup(root);
    write('tsconfig.base.json', '{ "compilerOptions": {} }\n');
    expect(planSetup(root).build).toEqual(['@w/a', '@w/b']);
  });

  it('a changed lockfile or package.json installs (and rebuilds against the new install)', () => {
    finishSetup(root);
    write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n# a dependency changed\n");
    expect(planSetup(root)).toMatchObject({ install: true, build: ['@w/a', '@w/b'] });
    finishSetup(root);
    write('packages/docs/package.json', JSON.stringify({ name: '@w/docs', dependencies: { zod: '^4' } }));
    expect(planSetup(root).install).toBe(true);
  });

  it('a changed installed state (node_modules rewritten or removed) installs again', () => {
    finishSetup(root);
    rmSync(join(root, 'node_modules', '.pnpm'), { recursive: true });
    expect(planSetup(root).install).toBe(true);
  });

  it('a missing build output rebuilds that package even when its sources are unchanged', () => {
    finishSetup(root);
    rmSync(join(root, 'packages/b/dist'), { recursive: true });
    expect(planSetup(root)).toMatchObject({ install: false, build: ['@w/b'] });
  });
});
