/**
 * The import rule of packages/server/src (README, "Where things live"):
 *
 *   doors -> use-cases -> platform -> engines
 *
 * Each layer imports its own layer and the ones below it, never one above.
 * `boot/` (configuration and the composition of services) and the entry
 * points (`main.ts`, `worker.ts`, `cli.ts`, `index.ts`) may import anything;
 * nothing but an entry point imports `boot/`. Test files and `testing/`
 * helpers may import anything; production code never imports them. Import
 * cycles are refused everywhere, `import type` ones included.
 *
 * `scripts/layers.int.test.ts` runs this and fails on any violation.
 */
const SRC = '^packages/server/src/';
const TEST = '(\\.test\\.tsx?$|/testing/)';
const layer = (name) => `${SRC}${name}/`;
const above = {
  engines: `${SRC}(platform|use-cases|doors|boot)/`,
  platform: `${SRC}(use-cases|doors|boot)/`,
  'use-cases': `${SRC}(doors|boot)/`,
  doors: `${SRC}boot/`,
};

module.exports = {
  forbidden: [
    {
      name: 'no-import-cycle',
      severity: 'error',
      comment: 'An import cycle: break it by moving the shared part into a module of its own.',
      from: { path: '^(packages|bench|scripts|examples)/' },
      to: { circular: true },
    },
    ...Object.entries(above).map(([name, forbiddenTargets]) => ({
      name: `${name}-imports-no-layer-above`,
      severity: 'error',
      comment: `${name}/ may import its own layer and the layers below it (doors -> use-cases -> platform -> engines).`,
      from: { path: layer(name), pathNot: TEST },
      to: { path: forbiddenTargets },
    })),
    {
      name: 'engines-are-pure',
      severity: 'error',
      comment:
        'Engines do no I/O: no database driver, HTTP framework, socket, file system or child process. ' +
        'One exception: the PHI lexicons read the word list shipped in the `word-list` package, once, at load.',
      from: { path: layer('engines'), pathNot: `${TEST}|^packages/server/src/engines/phi/lexicons/name-lexicon\\.ts$` },
      to: {
        path: 'node_modules/(pg|@electric-sql|express|pg-boss|openai|fhir-kit-client|chromadb)/|^node:(net|http|https|tls|fs|child_process|worker_threads)$|^(net|http|https|tls|fs|child_process)$',
      },
    },
    {
      name: 'production-code-imports-no-test-code',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: TEST },
      to: { path: TEST },
    },
    {
      name: 'libraries-import-no-server',
      severity: 'error',
      comment: 'The SDK, the FHIR adapter and the widgets never depend on the server.',
      from: { path: '^packages/(sdk|fhir-adapter|react-widgets)/src/', pathNot: TEST },
      to: { path: '^packages/server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.check.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
