import { resolve } from 'node:path';
import bytes from 'bytes';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { defaultDataDir } from './data-dir.js';

/** The largest body limit accepted (`MERIDIAN_BODY_LIMIT`). */
export const MAX_BODY_LIMIT_BYTES = 1024 ** 3;

/**
 * A size as express's body parser reads it (the `bytes` package: `10mb`,
 * `512kb`, `1048576`), strictly: `bytes` reads `1e3` as 1 and `abc` as
 * nothing, which the body parser then throws on at start-up.
 */
const byteSize = z
  .string()
  .regex(/^\d+(\.\d+)? *(b|kb|mb|gb|tb|pb)?$/i, 'a size such as 10mb, 512kb or 1048576 (bytes)')
  .transform((text) => bytes.parse(text) ?? Number.NaN)
  .refine(
    (n) => Number.isInteger(n) && n >= 1 && n <= MAX_BODY_LIMIT_BYTES,
    `between 1 byte and ${bytes.format(MAX_BODY_LIMIT_BYTES)}`,
  );

/** Express `trust proxy`: `true`/`false`, a hop count, or addresses and subnets (`loopback, 10.0.0.0/8`). */
const trustProxy = z
  .string()
  .transform((text): boolean | number | string =>
    text === 'true' ? true : text === 'false' ? false : /^\d+$/.test(text) ? Number(text) : text,
  )
  .refine((value) => {
    if (typeof value !== 'string') return true;
    try {
      proxyAddr.compile(value.split(',').map((v) => v.trim()));
      return true;
    } catch {
      return false;
    }
  }, 'true, false, a hop count, or comma-separated addresses/subnets (loopback, linklocal, uniquelocal, 10.0.0.0/8)');

/** The public base URL of links: http(s), no query, fragment or credentials; no trailing slash. */
const publicUrl = z
  .url({ protocol: /^https?$/ })
  .refine((text) => {
    const url = URL.canParse(text) ? new URL(text) : undefined;
    return !!url?.hostname && !url.search && !url.hash && !url.username && !url.password;
  }, 'an http(s) URL without query, fragment or credentials, e.g. https://meridian.example.org')
  .transform((text) => text.replace(/\/+$/, ''));

/**
 * Server configuration, read from the environment. Every variable is listed
 * in the README's configuration table.
 */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    /** PGlite's folder, absolute: as given (relative to the working directory), else the repository's `.meridian-data`. */
    MERIDIAN_DATA_DIR: z
      .string()
      .transform((dir) => resolve(dir))
      .default(() => defaultDataDir()),
    MERIDIAN_DEMO_API_KEY: z.string().min(16).max(512).optional(),
    MERIDIAN_SEED_DEMO: z.enum(['true', 'false']).optional(),
    MERIDIAN_PORTAL: z.enum(['true', 'false']).optional(),
    MERIDIAN_PORTAL_DIR: z.string().optional(),
    MERIDIAN_BODY_LIMIT: byteSize.default(10 * 1024 * 1024),
    MERIDIAN_DOCUMENT_BODY_LIMIT: byteSize.default(20 * 1024 * 1024),
    MERIDIAN_PUBLIC_URL: publicUrl.optional(),
    MERIDIAN_TRUST_PROXY: trustProxy.optional(),
    MERIDIAN_RISK_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    TERMINOLOGY_URL: z.string().url().optional(),
    TERMINOLOGY_BUDGET_MS: z.coerce.number().int().min(50).max(10_000).default(800),
    MERIDIAN_CDS_BUDGET_MS: z.coerce.number().int().min(50).max(10_000).default(500),
    MERIDIAN_CDS_ALLOW_UNSIGNED: z.enum(['true', 'false']).default('false'),
    MERIDIAN_JWKS_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(300),
    LLM_BASE_URL: z.string().url().optional(),
    LLM_API_KEY: z.string().optional(),
    LLM_MODELS: z.string().optional(),
    LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
    MERIDIAN_ENCRYPTION_KEY: z.string().optional(),
    MERIDIAN_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
    MERIDIAN_EXTRACTION_QUEUE_CHARS: z.coerce.number().int().min(1).max(500_000).default(20_000),
    TRANSCRIPTION_BASE_URL: z.string().url().optional(),
    TRANSCRIPTION_API_KEY: z.string().optional(),
    TRANSCRIPTION_MODEL: z.string().min(1).max(200).optional(),
    /** Precompute a case analysis after each patient-view (`false`: never). */
    MERIDIAN_PRECOMPUTE_ANALYSES: z.enum(['true', 'false']).default('true'),
    /** How old a precomputed analysis may be and still be shown in a hook (default 24 h). */
    MERIDIAN_ANALYSIS_FRESHNESS_MS: z.coerce.number().int().min(60_000).max(604_800_000).optional(),
    EMBEDDINGS_BASE_URL: z.string().url().optional(),
    EMBEDDINGS_API_KEY: z.string().optional(),
    EMBEDDINGS_MODEL: z.string().optional(),
    RAG_BACKEND: z.enum(['postgres', 'chroma']).default('postgres'),
    CHROMA_URL: z.string().url().optional(),
    MERIDIAN_DEMO_GUIDELINES: z.enum(['true', 'false']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HL7_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    HL7_HOST: z.string().default('0.0.0.0'),
    HL7_MAX_FRAME_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    HL7_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(10_000).default(64),
    HL7_TLS_CERT: z.string().optional(),
    HL7_TLS_KEY: z.string().optional(),
  })
  .refine((c) => (c.HL7_TLS_CERT === undefined) === (c.HL7_TLS_KEY === undefined), {
    message: 'HL7_TLS_CERT and HL7_TLS_KEY go together',
    path: ['HL7_TLS_KEY'],
  });

/** Parsed configuration. */
export type Config = z.infer<typeof configSchema>;

/** The configuration is invalid; the message names each bad variable. */
export class InvalidConfigurationError extends Error {
  override name = 'InvalidConfigurationError';
}

/**
 * Reads the configuration; throws {@link InvalidConfigurationError} naming
 * each bad variable.
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
    throw new InvalidConfigurationError(`invalid configuration:\n${lines.join('\n')}`);
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

/** Whether to serve the demo portal at `/`: by default when the demo is seeded. */
export function shouldServePortal(config: Config): boolean {
  return config.MERIDIAN_PORTAL ? config.MERIDIAN_PORTAL === 'true' : shouldSeedDemo(config);
}

/**
 * The tenant whose unsigned CDS Hooks calls are accepted, or undefined. Only
 * the embedded demo (PGlite with the demo tenant seeded) may accept them, and
 * only when `MERIDIAN_CDS_ALLOW_UNSIGNED=true`; with `DATABASE_URL` the
 * setting is refused outright.
 *
 * @example
 * ```ts
 * const tenant = unsignedCdsTenant(config, 'demo'); // 'demo' or undefined
 * ```
 */
export function unsignedCdsTenant(config: Config, demoTenantId: string): string | undefined {
  if (config.MERIDIAN_CDS_ALLOW_UNSIGNED !== 'true') return undefined;
  if (config.DATABASE_URL || !shouldSeedDemo(config)) {
    throw new InvalidConfigurationError(
      'invalid configuration:\n  MERIDIAN_CDS_ALLOW_UNSIGNED: unsigned CDS Hooks calls are only allowed in the embedded demo (no DATABASE_URL, demo tenant seeded)',
    );
  }
  return demoTenantId;
}
