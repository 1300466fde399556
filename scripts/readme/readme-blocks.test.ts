import { describe, expect, it } from 'vitest';
import { commandsOf, parseMarker, readmeBlocks, serverStart } from './readme-blocks.js';
import { configTableVariables, endpointTableRoutes } from './readme-tables.js';

const MD = [
  'Intro.',
  '',
  '<!-- readme-test: run; expect /"valid":true/ /Audit chain intact: \\d+ events/ -->',
  '```sh',
  'MERIDIAN_DEMO_API_KEY=k npm start   # shell 1',
  '# in another shell:',
  'curl -s -H "A: b" \\',
  '  http://localhost:8080/audit/verify',
  '```',
  '',
  '1. A list item:',
  '',
  '   <!-- readme-test: run; server stopped -->',
  '   ```sh',
  '   npm run -s meridian -- --help',
  '   ```',
  '```ts',
  'const x = 1;',
  '```',
  '```bash',
  'echo unmarked',
  '```',
].join('\n');

describe('reading the README', () => {
  it('finds every shell block with its marker, indented ones too, and leaves other languages out', () => {
    const blocks = readmeBlocks(MD);
    expect(blocks.map((b) => [b.line, b.lang, b.marker?.kind])).toEqual([
      [4, 'sh', 'run'],
      [14, 'sh', 'run'],
      [20, 'bash', undefined],
    ]);
    expect(blocks[1]!.code).toBe('npm run -s meridian -- --help');
    expect(blocks[1]!.marker).toEqual({ kind: 'run', serverStopped: true, expect: [] });
    const first = blocks[0]!.marker as { expect: RegExp[] };
    expect(first.expect.map(String)).toEqual(['/"valid":true/', '/Audit chain intact: \\d+ events/']);
  });

  it('reads skips with their reason, and refuses markers it does not understand', () => {
    expect(parseMarker('skip: CI runs it')).toEqual({ kind: 'skip', reason: 'CI runs it' });
    expect(parseMarker('skip:')).toMatchObject({ kind: 'invalid' });
    expect(parseMarker('run; sometimes')).toMatchObject({ kind: 'invalid' });
    expect(parseMarker('walk')).toMatchObject({ kind: 'invalid' });
  });

  it('splits a block into commands, joining continued lines and dropping comments', () => {
    const commands = commandsOf(readmeBlocks(MD)[0]!.code);
    expect(commands).toEqual([
      'MERIDIAN_DEMO_API_KEY=k npm start   # shell 1',
      'curl -s -H "A: b"    http://localhost:8080/audit/verify',
    ]);
    expect(serverStart(commands[0]!)).toEqual({ MERIDIAN_DEMO_API_KEY: 'k' });
    expect(serverStart('npm start')).toEqual({});
    expect(serverStart(commands[1]!)).toBeUndefined();
    expect(serverStart('npm start && rm -rf x')).toBeUndefined();
  });

  it('reads the endpoint and configuration tables', () => {
    const md = [
      '| method and path | role | what it does |',
      '|---|---|---|',
      '| `GET /`, `GET /portal/…` | none | portal |',
      '| `GET\\|POST /fhir/ValueSet/$validate-code` | any | validate `a \\| b` |',
      '| `GET /escalations?acknowledged=` | clinician | list |',
      '',
      '| variable | default | meaning |',
      '|---|---|---|',
      '| `PORT` | `8080` | port |',
      '| `A_URL`, `A_KEY` | unset | a |',
      '| `PORT` | `8080` | again |',
    ].join('\n');
    expect(endpointTableRoutes(md)).toEqual([
      { method: 'GET', path: '/', prefix: false },
      { method: 'GET', path: '/portal/', prefix: true },
      { method: 'GET', path: '/fhir/ValueSet/$validate-code', prefix: false },
      { method: 'POST', path: '/fhir/ValueSet/$validate-code', prefix: false },
      { method: 'GET', path: '/escalations', prefix: false },
    ]);
    expect(configTableVariables(md)).toEqual(['PORT', 'A_URL', 'A_KEY', 'PORT']);
    expect(() => endpointTableRoutes(md.replace('`GET /`', '`the root`'))).toThrow(/cannot read `the root`/);
  });
});
