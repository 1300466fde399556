// @ts-check
/**
 * Content stamps for `scripts/setup.mjs`: a hash of everything an install or
 * a package's build reads, so that a restart with nothing changed skips both.
 * Plain Node (no dependency): it runs before anything is installed.
 *
 * - The install's inputs: the lockfile, the workspace file, every workspace
 *   package.json, `.npmrc`, the Node major version and platform, and the
 *   installed state (`node_modules/.pnpm/lock.yaml`, which pnpm rewrites on
 *   every install, and each package's `node_modules`).
 * - A package's build inputs: every file of the package but its tests and
 *   outputs, the shared `tsconfig.base.json`, the install's hash, and the
 *   build hashes of the workspace packages it depends on (the server bundles
 *   the SDK's sources, the demo portal the widgets' build).
 *
 * The stamps live in `node_modules/.cache/meridian-setup/stamps.json`, never
 * committed; a fresh clone has none, so it installs and builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Where the stamps are kept, relative to the repository root. */
export const STAMP_FILE = join('node_modules', '.cache', 'meridian-setup', 'stamps.json');

/** Folders that are outputs, caches or dependencies, never build inputs. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-output', '.cache', 'docs']);
/** Tests, test-only folders and incremental build records are not built into `dist/`. */
const SKIP_FILE = /(\.(test|spec)\.[cm]?[jt]sx?|\.tsbuildinfo)$/;
const SKIP_TEST_DIRS = new Set(['e2e', '__fixtures__']);

/**
 * @typedef {{ dir: string, name: string, manifest: Record<string, any> }} WorkspacePackage
 * @typedef {{ install?: string, builds?: Record<string, string> }} Stamps
 */

/**
 * The workspace's packages, from `pnpm-workspace.yaml` (`- 'dir/*'` patterns
 * and plain folders), each with its package.json.
 *
 * @param {string} root the repository root
 * @returns {WorkspacePackage[]}
 */
export function workspacePackages(root) {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const patterns = [...yaml.matchAll(/^\s*-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm)].map((m) => m[1] ?? '');
  /** @type {string[]} */
  const dirs = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) {
      const parent = pattern.slice(0, -2);
      if (!existsSync(join(root, parent))) continue;
      for (const entry of readdirSync(join(root, parent), { withFileTypes: true }).sort(byName))
        if (entry.isDirectory()) dirs.push(`${parent}/${entry.name}`);
    } else dirs.push(pattern);
  }
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      return { dir, name: manifest.name ?? dir, manifest };
    });
}

/** @param {{ name: string }} a @param {{ name: string }} b */
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Adds a file to a hash under its path relative to `root` (a missing file
 * counts as missing, so creating it changes the hash).
 *
 * @param {import('node:crypto').Hash} hash @param {string} root @param {string} path
 */
function addFile(hash, root, path) {
  const name = relative(root, path).split(sep).join('/');
  hash.update(`\0${name}\0`);
  hash.update(existsSync(path) ? readFileSync(path) : '\0missing');
}

/**
 * Every input file under `dir`, sorted, skipping outputs, caches,
 * dependencies and tests.
 *
 * @param {string} dir
 * @returns {string[]}
 */
export function buildInputFiles(dir) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ at) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort(byName)) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !SKIP_TEST_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path);
      } else if (entry.isFile() && !SKIP_FILE.test(entry.name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/**
 * The hash of what an install reads and leaves behind.
 *
 * @param {string} root
 * @param {WorkspacePackage[]} packages
 * @returns {string}
 */
export function installHash(root, packages) {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node.split('.')[0]} ${process.platform} ${process.arch}`);
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', '.npmrc'])
    addFile(hash, root, join(root, file));
  for (const p of packages) addFile(hash, root, join(root, p.dir, 'package.json'));
  // The installed state: pnpm's record of what it installed, and each package's links.
  addFile(hash, root, join(root, 'node_modules', '.pnpm', 'lock.yaml'));
  for (const p of packages) {
    const deps = { ...p.manifest.dependencies, ...p.manifest.devDependencies };
    if (Object.keys(deps).length > 0)
      hash.update(`${p.dir}/node_modules ${existsSync(join(root, p.dir, 'node_modules'))}`);
  }
  return hash.digest('hex');
}

/** @param {Record<string, any>} manifest @returns {string[]} */
function workspaceDependencies(manifest) {
  const all = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies };
  return Object.entries(all)
    .filter(([, range]) => typeof range === 'string' && range.startsWith('workspace:'))
    .map(([name]) => name)
    .sort();
}

/**
 * The build hash of every package that has a `build` script, dependencies
 * first: its files, the shared compiler options, the install, and the build
 * hashes of the workspace packages it depends on.
 *
 * @param {string} root
 * @param {WorkspacePackage[]} packages
 * @param {string} install the {@link installHash}
 * @returns {Map<string, string>} package name to hash, in build order
 */
export function buildHashes(root, packages, install) {
  const byPackageName = new Map(packages.map((p) => [p.name, p]));
  /** @type {Map<string, string>} */
  const hashes = new Map();
  /** @type {Set<string>} */
  const visiting = new Set();
  const visit = (/** @type {WorkspacePackage} */ p) => {
    if (hashes.has(p.name) || visiting.has(p.name)) return;
    visiting.add(p.name);
    const deps = workspaceDependencies(p.manifest)
      .map((name) => byPackageName.get(name))
      .filter((d) => d !== undefined);
    for (const d of deps) visit(d);
    if (!p.manifest.scripts?.build) return;
    const hash = createHash('sha256');
    hash.update(`install ${install}`);
    addFile(hash, root, join(root, 'tsconfig.base.json'));
    for (const file of buildInputFiles(join(root, p.dir))) addFile(hash, root, file);
    for (const d of deps) hash.update(`dep ${d.name} ${hashes.get(d.name) ?? 'no build'}`);
    hashes.set(p.name, hash.digest('hex'));
  };
  for (const p of packages) visit(p);
  return hashes;
}

/**
 * Whether a package's build output is there: its `dist/` folder holds a file.
 *
 * @param {string} root @param {WorkspacePackage} p
 */
export function hasBuildOutput(root, p) {
  const dist = join(root, p.dir, 'dist');
  return existsSync(dist) && statSync(dist).isDirectory() && readdirSync(dist).length > 0;
}

/**
 * The stamps of the last successful install and builds (none when unreadable).
 *
 * @param {string} root
 * @returns {Stamps}
 */
export function readStamps(root) {
  try {
    return JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * Records the stamps of a successful install and builds.
 *
 * @param {string} root @param {Stamps} stamps
 */
export function writeStamps(root, stamps) {
  const file = join(root, STAMP_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(stamps, null, 2)}\n`);
}

/**
 * What setup has to do now: install or not, and which packages to build (in
 * build order), with the hashes to record once that is done.
 *
 * @param {string} root
 * @returns {{ install: boolean, build: string[], installHash: string, buildHashes: Map<string, string>, packages: WorkspacePackage[] }}
 */
export function planSetup(root) {
  const packages = workspacePackages(root);
  const stamps = readStamps(root);
  const install = installHash(root, packages);
  const hashes = buildHashes(root, packages, install);
  const byPackageName = new Map(packages.map((p) => [p.name, p]));
  const needsInstall = stamps.install !== install;
  // A build depends on the install through its hash: a reinstall that changed nothing rebuilds nothing.
  const build = [...hashes].filter(([name, hash]) => {
    const p = byPackageName.get(name);
    return stamps.builds?.[name] !== hash || !p || !hasBuildOutput(root, p);
  });
  return {
    install: needsInstall,
    build: build.map(([name]) => name),
    installHash: install,
    buildHashes: hashes,
    packages,
  };
}
