// Builds the demo portal into dist/: the React app bundled by esbuild, its
// pages, and the widgets' stylesheet and standalone bundle. `pnpm -r build`
// runs it after @meridian/react-widgets is built.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const widgets = (path) => fileURLToPath(import.meta.resolve(`@meridian/react-widgets/${path}`));
const out = here('./dist/');

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}assets/standalone`, { recursive: true });
await build({
  entryPoints: [here('./src/main.tsx')],
  outfile: `${out}assets/portal.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
for (const page of ['index.html', 'plain.html', 'plain.js']) copyFileSync(here(`./public/${page}`), `${out}${page}`);
copyFileSync(here('./public/portal.css'), `${out}assets/portal.css`);
copyFileSync(widgets('styles.css'), `${out}assets/meridian-widgets.css`);
copyFileSync(widgets('standalone'), `${out}assets/standalone/meridian-widgets.js`);
console.log(`[widgets-demo] built into ${out}`);
