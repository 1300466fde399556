import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { defaultDataDir, repositoryRoot } from './data-dir.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the default data folder', () => {
  const outside = mkdtempSync(join(tmpdir(), 'meridian-datadir-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('is .meridian-data at the repository root, found from any folder inside it', () => {
    expect(repositoryRoot(join(REPO, 'packages', 'server', 'dist'))).toBe(resolve(REPO));
    expect(defaultDataDir(join(REPO, 'packages', 'server', 'src', 'boot'))).toBe(join(resolve(REPO), '.meridian-data'));
    expect(defaultDataDir()).toBe(join(resolve(REPO), '.meridian-data'));
  });

  it('needs the workspace file and the server package to call a folder the repository', () => {
    mkdirSync(join(outside, 'repo', 'packages', 'server', 'dist'), { recursive: true });
    writeFileSync(join(outside, 'repo', 'pnpm-workspace.yaml'), '');
    expect(repositoryRoot(join(outside, 'repo', 'packages', 'server', 'dist'))).toBeUndefined();
    writeFileSync(join(outside, 'repo', 'packages', 'server', 'package.json'), '{}');
    expect(repositoryRoot(join(outside, 'repo', 'packages', 'server', 'dist'))).toBe(join(outside, 'repo'));
  });

  it('outside a checkout, is the working directory’s .meridian-data', () => {
    expect(repositoryRoot(outside)).toBeUndefined();
    expect(defaultDataDir(outside)).toBe(join(process.cwd(), '.meridian-data'));
  });

  it('MERIDIAN_DATA_DIR is read relative to the working directory and made absolute; unset, the default', () => {
    expect(loadConfig({ MERIDIAN_DATA_DIR: 'some/data' }).MERIDIAN_DATA_DIR).toBe(resolve('some/data'));
    expect(loadConfig({}).MERIDIAN_DATA_DIR).toBe(join(resolve(REPO), '.meridian-data'));
  });
});
