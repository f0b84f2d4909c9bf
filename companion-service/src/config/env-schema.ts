import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * 32 bytes for AES-256-GCM, written as 64 hex digits or as base64 (openssl rand -base64 32).
 * Hex is tried first: 64 hex digits would also decode as (48 bytes of) base64.
 */
const encryptionKey = z.string().transform((text, ctx) => {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : fromBase64(text);
  if (key?.length === 32) return key;
  ctx.addIssue({ code: 'custom', message: 'must be 32 bytes as 64 hex digits or base64' });
  return z.NEVER;
});

/** Azure's format: `InstrumentationKey=<guid>;IngestionEndpoint=https://…;…`. */
const applicationInsights = z
  .string()
  .regex(
    /(^|;)\s*InstrumentationKey=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*(;|$)/i,
    'must be the connection string from Application Insights (InstrumentationKey=<guid>;…)',
  );

function fromBase64(text: string): Buffer | undefined {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : undefined;
}

/**
 * Every environment variable the companion reads. Brightpearl and Kentico endpoints are plain
 * settings (scheme, host, port), so the companion can be pointed at a real account, our
 * simulators or a recorded-response server alike.
 */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  DATA_DIR: z.string().default('.data/companion'),
  DATABASE_URL: optionalText,
  /** Connections per pool: the store's and, on Postgres, the queue's (2 pools per instance). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(100).default(5),
  /** Days processed events, payloads and job history are kept; bindings are kept forever. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  DATABASE_SCHEMA: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,40}$/)
      .optional(),
  ),
  MAPPING_FILE: optionalText,
  BRIGHTPEARL_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  BRIGHTPEARL_ACCOUNT_CODE: optionalText,
  BRIGHTPEARL_AUTH_MODE: z.enum(['account-token', 'oauth']).default('account-token'),
  BRIGHTPEARL_APP_REF: optionalText,
  BRIGHTPEARL_ACCOUNT_TOKEN: optionalText,
  BRIGHTPEARL_DEV_REF: optionalText,
  BRIGHTPEARL_ACCESS_TOKEN: optionalText,
  BRIGHTPEARL_CLIENT_SECRET: optionalText,
  BRIGHTPEARL_OAUTH_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .default('https://oauth.brightpearlapp.com'),
  BRIGHTPEARL_OAUTH_REDIRECT_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  TOKEN_ENCRYPTION_KEY: optionalText.pipe(encryptionKey.optional()),
  BRIGHTPEARL_REQUEST_CAP: z.coerce.number().int().positive().default(200),
  BRIGHTPEARL_BUDGET_SHARE: z.coerce.number().gt(0).max(1).default(0.8),
  /** Link to an order in Brightpearl's web app; `{accountCode}` and `{orderId}` are filled in. */
  BRIGHTPEARL_ORDER_LINK_TEMPLATE: optionalText.pipe(
    z
      .url({ protocol: /^https?$/ })
      .includes('{orderId}')
      .optional(),
  ),
  KENTICO_BRIDGE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  KENTICO_SHARED_SECRET: optionalText.pipe(z.string().min(32).optional()),
  /** During a rotation: still verifies Kentico events; never signs (docs/security.md). */
  KENTICO_SHARED_SECRET_PREVIOUS: optionalText.pipe(z.string().min(32).optional()),
  /** ≥ 10 so that creates waiting for the budget can fill a multi-message (ADR 0021). */
  SYNC_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(16),
  SYNC_COALESCE_MS: z.coerce.number().int().min(0).max(60_000).default(250),
  /** The stock window when the budget is tight (ADR 0005); SYNC_COALESCE_MS is its minimum. */
  STOCK_COALESCE_MAX_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  STOCK_FULL_COMPARE_MINUTES: z.coerce.number().min(0).default(60),
  SWEEP_SECONDS: z.coerce.number().min(0).default(60),
  RECONCILE_SECONDS: z.coerce.number().min(0).default(300),
  RECONCILE_GRACE_SECONDS: z.coerce.number().int().min(0).default(120),
  GO_LIVE_DATE: optionalText.pipe(z.iso.datetime({ offset: true }).optional()),
  PAYMENT_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
  ADMIN_TOKEN_SECRET: optionalText.pipe(z.string().min(32).optional()),
  /** During a rotation: still verifies admin tokens; never signs. */
  ADMIN_TOKEN_SECRET_PREVIOUS: optionalText.pipe(z.string().min(32).optional()),
  /** The `aud` admin tokens must carry; default: the origin of PUBLIC_URL. */
  ADMIN_TOKEN_AUDIENCE: optionalText.pipe(z.string().max(200).optional()),
  /** Names this Kentico installation; admin tokens must carry it as `iid`. */
  INSTALLATION_ID: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'letters, digits and . _ : - only (at most 100)')
      .optional(),
  ),
  /**
   * Local development only: accept weak secrets and http:// URLs in live mode, with a loud
   * warning at start. Never in production.
   */
  ALLOW_INSECURE_CONFIG: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((value) => value === 'true'),
  ADMIN_ORIGIN: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Application Insights (docs/observability.md): traces and metrics go there when set. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText.pipe(applicationInsights.optional()),
  /** Bearer token for GET /api/status and /metrics; without it they are closed in live mode. */
  METRICS_TOKEN: optionalText.pipe(z.string().min(32).optional()),
  /** Proxy hops in front of us whose X-Forwarded-For/-Proto we trust (App Service: 1). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
  /** Time a client has to send the request headers (slow-loris guard). */
  HTTP_HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /** Time a client has to send the whole request, body included. */
  HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Idle keep-alive connections are closed after this; above App Service's 230 s front end. */
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(240),
  /** Requests per minute per client IP: admin API, OAuth routes, webhook intake. */
  RATE_LIMIT_ADMIN_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_OAUTH_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_WEBHOOKS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
});
export type Env = z.infer<typeof EnvSchema>;
