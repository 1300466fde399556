/**
 * How to name a database to an operator, without credentials: `Postgres
 * db.example.org:5432/meridian` (never the user or password of the URL).
 *
 * @example
 * ```ts
 * describePostgresUrl('postgres://meridian:secret@db.example.org/meridian'); // 'Postgres db.example.org:5432/meridian'
 * ```
 */
export function describePostgresUrl(databaseUrl: string): string {
  if (!URL.canParse(databaseUrl)) return 'Postgres (DATABASE_URL)';
  const url = new URL(databaseUrl);
  // A socket directory may be given as ?host=/var/run/postgresql.
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default database)';
  return `Postgres ${host}:${url.port || '5432'}/${database}`;
}
