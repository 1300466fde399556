import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The server's structured JSON logger. What Meridian logs is chosen field by
 * field (method, route pattern, status, duration, request id, tenant id);
 * bodies, query strings and headers are never logged, and `redact` is a second
 * guard for credentials.
 *
 * @example
 * ```ts
 * const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
 * ```
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'meridian' },
    redact: { paths: ['req.headers.authorization', 'authorization', 'apiKey', '*.apiKey'], censor: '[redacted]' },
  });
}

/**
 * The fields of an unexpected error that are safe to log: its class, SQLSTATE
 * or errno code, and stack frames, but not its message (a database error's
 * message can quote row values, i.e. PHI).
 */
export function safeErrorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8);
  return { errorType: error.name, errorCode: (error as { code?: unknown }).code, stack: frames.join('\n') };
}
