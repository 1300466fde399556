/**
 * Where the embedded database lives when `MERIDIAN_DATA_DIR` does not say:
 * `.meridian-data` at the root of the Meridian repository this code runs
 * from, whatever the working directory (so `npm start` at the root, the CLI
 * run from `packages/server`, and `node /path/to/dist/cli.js` from anywhere
 * all open the same folder). Outside a checkout (the server's bundle copied
 * alone), the working directory's `.meridian-data`.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The data folder's name. @example `join(root, DATA_DIR_NAME)` */
export const DATA_DIR_NAME = '.meridian-data';

/**
 * The root of the Meridian checkout that holds `from` (a folder with
 * `pnpm-workspace.yaml` and `packages/server/package.json`), or `undefined`.
 *
 * @example
 * ```ts
 * repositoryRoot('/src/meridian/packages/server/dist'); // '/src/meridian'
 * ```
 */
export function repositoryRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) && existsSync(join(dir, 'packages', 'server', 'package.json')))
      return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The default data folder, as an absolute path: see the module's comment.
 *
 * @example
 * ```ts
 * defaultDataDir(); // '/src/meridian/.meridian-data'
 * ```
 */
export function defaultDataDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  return join(repositoryRoot(from) ?? process.cwd(), DATA_DIR_NAME);
}
