import { z } from 'zod';

/**
 * Server configuration, read from the environment. Every variable is listed
 * in the README's configuration table.
 */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  MERIDIAN_DATA_DIR: z.string().default('./.meridian-data'),
  MERIDIAN_DEMO_API_KEY: z.string().min(16).max(512).optional(),
  MERIDIAN_SEED_DEMO: z.enum(['true', 'false']).optional(),
  MERIDIAN_BODY_LIMIT: z.string().default('10mb'),
  MERIDIAN_TRUST_PROXY: z.string().optional(),
  MERIDIAN_RISK_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HL7_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HL7_HOST: z.string().default('0.0.0.0'),
  HL7_MAX_FRAME_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(10 * 1024 * 1024),
  HL7_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(10_000).default(64),
  HL7_TLS_CERT: z.string().optional(),
  HL7_TLS_KEY: z.string().optional(),
}).refine((c) => (c.HL7_TLS_CERT === undefined) === (c.HL7_TLS_KEY === undefined), {
  message: 'HL7_TLS_CERT and HL7_TLS_KEY go together', path: ['HL7_TLS_KEY'],
});

/** Parsed configuration. */
export type Config = z.infer<typeof configSchema>;

/**
 * Reads the configuration; throws a readable error naming each bad variable.
 *
 * @example
 * ```ts
 * const config = loadConfig(process.env);
 * ```
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (`DATABASE_URL=`) means unset.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The default MLLP port (the IANA-registered HL7 port). */
export const DEFAULT_HL7_PORT = 2575;

/**
 * The port of the HL7 listener, or `undefined` when it is off: `HL7_PORT`
 * when set, else on in the embedded demo (2575), else off.
 *
 * @example
 * ```ts
 * hl7Port(loadConfig({})); // 2575 (demo)
 * hl7Port(loadConfig({ DATABASE_URL: 'postgres://…' })); // undefined
 * ```
 */
export function hl7Port(config: Config): number | undefined {
  return config.HL7_PORT ?? (shouldSeedDemo(config) ? DEFAULT_HL7_PORT : undefined);
}

/** Whether to seed the demo tenant: by default on the embedded database only. */
export function shouldSeedDemo(config: Config): boolean {
  return config.MERIDIAN_SEED_DEMO ? config.MERIDIAN_SEED_DEMO === 'true' : !config.DATABASE_URL;
}
