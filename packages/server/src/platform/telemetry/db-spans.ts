import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { tracer } from './tracer.js';

/** The SQL verb of a statement (`SELECT`, `INSERT`, ...), never its parameters. */
export function sqlOperation(sql: string): string {
  // A statement with a CTE is named after its main verb, the first one that follows a closing parenthesis.
  const main = /^\s*WITH\b/i.test(sql)
    ? /\)\s*(SELECT|INSERT|UPDATE|DELETE|MERGE)\b/i.exec(sql)
    : /^\s*([A-Za-z]+)/.exec(sql);
  return (main?.[1] ?? 'SQL').toUpperCase();
}

/**
 * Runs one database call inside a client span named after the SQL verb.
 * Parameters (which may hold PHI) are never recorded.
 */
export function tracedQuery<T>(system: 'postgres' | 'pglite', sql: string, run: () => Promise<T>): Promise<T> {
  const operation = sqlOperation(sql);
  return tracer.startActiveSpan(
    `db ${operation}`,
    {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': 'postgresql', 'db.operation.name': operation, 'meridian.db.engine': system },
    },
    async (span) => {
      try {
        return await run();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string }).code ?? 'db error' });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
