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
  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODELS: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  MERIDIAN_ENCRYPTION_KEY: z.string().optional(),
  MERIDIAN_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
  EMBEDDINGS_BASE_URL: z.string().url().optional(),
  EMBEDDINGS_API_KEY: z.string().optional(),
  EMBEDDINGS_MODEL: z.string().optional(),
  RAG_BACKEND: z.enum(['postgres', 'chroma']).default('postgres'),
  CHROMA_URL: z.string().url().optional(),
  MERIDIAN_DEMO_GUIDELINES: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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

/** Whether to seed the demo tenant: by default on the embedded database only. */
export function shouldSeedDemo(config: Config): boolean {
  return config.MERIDIAN_SEED_DEMO ? config.MERIDIAN_SEED_DEMO === 'true' : !config.DATABASE_URL;
}
