import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM, React, the SDK and micromark left to the host's bundler.
    entry: { index: 'src/index.ts', styles: 'src/styles.css' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@meridian/sdk', 'micromark', 'micromark-extension-gfm'],
    // Next.js app router: hooks run on the client.
    banner: { js: "'use client';" },
  },
  {
    // A self-contained ESM bundle for a plain <script type="module"> page: React, the SDK, zod included.
    entry: { 'standalone/meridian-widgets': 'src/standalone.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    define: { 'process.env.NODE_ENV': '"production"' },
  },
]);
