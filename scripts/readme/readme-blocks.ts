/**
 * The README's shell blocks and what their markers ask of the README test.
 * A block is marked by an HTML comment on the line before its fence:
 *
 *   <!-- readme-test: run; expect /"valid":true/ /news2/ -->
 *   <!-- readme-test: run; server stopped; expect /Usage: meridian/ -->
 *   <!-- readme-test: skip: why it is not run here -->
 *
 * `run` blocks run against a started server (`server stopped`: after it has
 * stopped, as the CLI needs), each command must exit 0, and the output of the
 * block must match every `expect` pattern.
 *
 * @module
 */

/** What a block's marker asks. */
export type ReadmeMarker =
  | { kind: 'run'; serverStopped: boolean; expect: RegExp[] }
  | { kind: 'skip'; reason: string }
  | { kind: 'invalid'; text: string };

/** One fenced shell block of the README. */
export interface ReadmeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  /** The block's text, its fence's indentation removed. */
  code: string;
  marker: ReadmeMarker | undefined;
}

const SHELL = new Set(['sh', 'bash', 'shell', 'console']);
const MARKER = /^\s*<!--\s*readme-test:\s*([\s\S]*?)\s*-->\s*$/;
const PATTERN = /\/((?:\\.|[^\\/\n])+)\/([gimsuy]*)(?=\s|$)/g;

/**
 * Reads a marker's text (what follows `readme-test:`).
 *
 * @example
 * ```ts
 * parseMarker('run; expect /ok/'); // { kind: 'run', serverStopped: false, expect: [/ok/] }
 * ```
 */
export function parseMarker(text: string): ReadmeMarker {
  const skip = /^skip:\s*(\S[\s\S]*)$/.exec(text);
  if (skip) return { kind: 'skip', reason: skip[1]! };
  const [head, ...options] = text.split(';').map((part) => part.trim());
  if (head !== 'run') return { kind: 'invalid', text };
  const marker: ReadmeMarker = { kind: 'run', serverStopped: false, expect: [] };
  for (const option of options) {
    if (option === 'server stopped') marker.serverStopped = true;
    else if (option.startsWith('expect '))
      for (const m of option.slice('expect '.length).matchAll(PATTERN)) marker.expect.push(new RegExp(m[1]!, m[2]));
    else return { kind: 'invalid', text };
  }
  return marker;
}

/**
 * Every fenced shell block (`sh`, `bash`, `shell`, `console`) of a Markdown
 * text, with the marker on the line before it, if any.
 *
 * @example
 * ```ts
 * readmeBlocks(readFileSync('README.md', 'utf8')).filter((b) => b.marker?.kind === 'run');
 * ```
 */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    const lang = open[2]!;
    if (SHELL.has(lang)) {
      let before = i - 1;
      while (before >= 0 && lines[before]!.trim() === '') before--;
      const marker = before >= 0 ? MARKER.exec(lines[before]!) : null;
      blocks.push({
        line: i + 1,
        lang,
        code: lines
          .slice(i + 1, end)
          .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
          .join('\n'),
        marker: marker ? parseMarker(marker[1]!) : undefined,
      });
    }
    i = end;
  }
  return blocks;
}

/**
 * The commands of a block, one per logical line: `\`-continued lines joined,
 * blank and comment-only lines dropped.
 *
 * @example
 * ```ts
 * commandsOf('# start\ncurl -s \\\n  http://x'); // ['curl -s   http://x']
 * ```
 */
export function commandsOf(code: string): string[] {
  const commands: string[] = [];
  let current = '';
  for (const line of code.split('\n')) {
    if (current === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    if (line.endsWith('\\')) current += `${line.slice(0, -1)} `;
    else {
      commands.push(`${current}${line}`.trim());
      current = '';
    }
  }
  if (current.trim()) commands.push(current.trim());
  return commands;
}

/**
 * The environment of a command that starts the server (`[VAR=value …] npm
 * start`, optionally with a comment), or `undefined` for any other command.
 *
 * @example
 * ```ts
 * serverStart('MERIDIAN_DEMO_API_KEY=k npm start'); // { MERIDIAN_DEMO_API_KEY: 'k' }
 * ```
 */
export function serverStart(command: string): Record<string, string> | undefined {
  const m = /^((?:[A-Z_][A-Z0-9_]*=\S*\s+)*)npm start\s*(#.*)?$/.exec(command);
  if (!m) return undefined;
  return Object.fromEntries(
    m[1]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}
