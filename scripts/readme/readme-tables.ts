/**
 * The README's reference tables, read back so that a test can hold them to
 * the code: the endpoint table (`| method and path | role | what it does |`)
 * and the configuration table (`| variable | default | meaning |`).
 *
 * @module
 */

/** A route the endpoint table documents. */
export interface DocumentedRoute {
  method: string;
  /** As written, `{param}` for parameters, without a query string; a trailing `…` stripped. */
  path: string;
  /** The row wrote `/portal/…`: every path under it. */
  prefix: boolean;
}

/** The rows (cells split, code spans kept) of the table whose header row is `header`. */
function tableRows(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === header);
  if (start === -1) throw new Error(`no table with the header ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    // Cells split on `|` not escaped as `\|`.
    rows.push(
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/**
 * Every route of the endpoint table: each code span of a row's first cell is
 * `METHOD /path` (or `GET\|POST /path`).
 *
 * @example
 * ```ts
 * endpointTableRoutes(readme); // [{ method: 'GET', path: '/health/live', prefix: false }, …]
 * ```
 */
export function endpointTableRoutes(markdown: string): DocumentedRoute[] {
  return tableRows(markdown, '| method and path | role | what it does |').flatMap(([first]) =>
    codeSpans(first ?? '').flatMap((span) => {
      const m = /^([A-Z]+(?:\\?\|[A-Z]+)*) (\/\S*)$/.exec(span);
      if (!m) throw new Error(`endpoint table: cannot read \`${span}\` (write METHOD /path)`);
      const raw = m[2]!.split('?')[0]!;
      const prefix = raw.endsWith('…');
      return m[1]!.split(/\\?\|/).map((method) => ({ method, path: prefix ? raw.slice(0, -1) : raw, prefix }));
    }),
  );
}

/**
 * Every variable named in the first cell of the configuration table, in order
 * (a variable listed twice appears twice).
 *
 * @example
 * ```ts
 * configTableVariables(readme); // ['PORT', 'HOST', 'DATABASE_URL', …]
 * ```
 */
export function configTableVariables(markdown: string): string[] {
  return tableRows(markdown, '| variable | default | meaning |').flatMap(([first]) => codeSpans(first ?? ''));
}
