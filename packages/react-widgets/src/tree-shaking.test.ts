import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('./index.ts', import.meta.url));

/** Bundles `import { name } from '@meridian/react-widgets'` as a host's bundler would, with the peers left out. */
async function bundleOf(names: string[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(', ')} } from ${JSON.stringify(index)}; console.log(${names.join(', ')});`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    minify: false,
    treeShaking: true,
    jsx: 'automatic',
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@meridian/sdk', 'micromark', 'micromark-extension-gfm'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('tree shaking (package.json sideEffects: only the CSS)', () => {
  it('keeps only the imported widget: the audit trail brings no case analysis, alerts, cards or Markdown', async () => {
    const audit = await bundleOf(['AuditTrail']);
    expect(audit).toContain('what: "audit events"');
    for (const other of ['Rules engine', 'New urgent alert', 'Send override', 'micromark'])
      expect(audit).not.toContain(other);
  });

  it('keeps the alerts feed apart from the case analysis and the cards', async () => {
    const alerts = await bundleOf(['AlertsFeed']);
    expect(alerts).toContain('New urgent alert');
    for (const other of ['Rules engine', 'Send override', 'what: "audit events"', 'micromark'])
      expect(alerts).not.toContain(other);
    const cards = await bundleOf(['CdsCards']);
    expect(cards).toContain('micromark');
    expect(cards).not.toContain('Rules engine');
  });

  it('keeps the extraction view and the summary apart from each other and from the other widgets', async () => {
    const extraction = await bundleOf(['ExtractionView']);
    expect(extraction).toContain('The note, with what was recognised');
    for (const other of ['Status: ', 'New urgent alert', 'Send override', 'what: "audit events"', 'micromark'])
      expect(extraction).not.toContain(other);
    const summary = await bundleOf(['PatientSummary']);
    expect(summary).toContain('machine-generated');
    for (const other of [
      'The note, with what was recognised',
      'New urgent alert',
      'Send override',
      'what: "audit events"',
      'micromark',
    ])
      expect(summary).not.toContain(other);
  });
});
