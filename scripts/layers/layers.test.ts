import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');
const run = promisify(execFile);

async function cruise(cwd: string, paths: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(DEPCRUISE, [...paths, '--config', CONFIG, '--output-type', 'err'], {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'meridian-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function plant(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
}

describe('the import rule (.dependency-cruiser.cjs)', () => {
  it('holds on the repository: doors -> use-cases -> platform -> engines, no cycles', async () => {
    const { code, output } = await cruise(ROOT, ['packages', 'bench', 'scripts', 'examples']);
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  }, 120_000);

  it('fails on each kind of crossing planted in a scratch tree', async () => {
    const src = 'packages/server/src';
    plant({
      'tsconfig.check.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler" } }',
      [`${src}/engines/score.ts`]: "import { db } from '../platform/db.js';\nexport const score = db;\n",
      [`${src}/platform/db.ts`]: "import { useCase } from '../use-cases/use-case.js';\nexport const db = useCase;\n",
      [`${src}/use-cases/use-case.ts`]: "import { route } from '../doors/route.js';\nexport const useCase = route;\n",
      [`${src}/doors/route.ts`]: "import { config } from '../boot/config.js';\nexport const route = config;\n",
      [`${src}/boot/config.ts`]: 'export const config = 1;\n',
      [`${src}/use-cases/a.ts`]: "import { b } from './b.js';\nexport const a = () => b;\n",
      [`${src}/use-cases/b.ts`]: "import type { a } from './a.js';\nexport const b = (x?: typeof a) => x;\n",
      [`${src}/platform/uses-helper.ts`]: "import { helper } from '../testing/helper.js';\nexport const h = helper;\n",
      [`${src}/testing/helper.ts`]: 'export const helper = 1;\n',
      [`${src}/engines/reads-files.ts`]: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    });
    const { code, output } = await cruise(scratch, ['packages']);
    expect(code).not.toBe(0);
    for (const rule of [
      'engines-imports-no-layer-above',
      'platform-imports-no-layer-above',
      'use-cases-imports-no-layer-above',
      'doors-imports-no-layer-above',
      'no-import-cycle',
      'production-code-imports-no-test-code',
      'engines-are-pure',
    ])
      expect(output, rule).toContain(rule);
  }, 120_000);
});
