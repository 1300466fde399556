import { z } from 'zod';

/**
 * Body of `GET /health/live` and `GET /health/ready`.
 *
 * @example
 * ```ts
 * healthSchema.parse({ status: 'ok', version: '0.1.0', checks: { database: 'ok', migrations: 'ok' } });
 * ```
 */
export const healthSchema = z.strictObject({
  status: z.enum(['ok', 'unavailable']),
  version: z.string(),
  checks: z.record(z.string(), z.enum(['ok', 'failing'])).optional(),
});

/** Health report of the server. */
export type Health = z.infer<typeof healthSchema>;
