import { readFileSync } from 'node:fs';

import { MappingConfig } from '@bpkc/shared-types';
import { z } from 'zod';

import { alertConfigFromEnv } from '../alerts/config';
import {
  brightpearlOAuthSettings,
  notConnectedYet,
  OAUTH_REQUIRED_KEYS,
} from './brightpearl-oauth-config';
import type { BrightpearlAuth, CompanionConfig } from './config';
import { type Env, EnvSchema } from './env-schema';
import { adminSettings } from './admin-settings';
import { ConfigError } from './config-error';
import { securityWaivers } from './secret-checks';

export { adminSettings, ConfigError };

const LIVE_KEYS = [
  'BRIGHTPEARL_BASE_URL',
  'BRIGHTPEARL_ACCOUNT_CODE',
  'KENTICO_BRIDGE_URL',
] as const;

/** Parses the environment; throws a ConfigError that names every bad or missing variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Sandbox mode: no Brightpearl or Kentico endpoint configured at all. */
export function isSandbox(env: Env): boolean {
  return LIVE_KEYS.every((key) => env[key] === undefined);
}

/** The live configuration; every credential is required once any endpoint is set. */
export function loadLiveConfig(env: Env): CompanionConfig {
  const missing = requiredLiveKeys(env).filter((key) => env[key] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(`Missing settings for live mode: ${missing.join(', ')}`);
  }
  const admin = adminSettings(env);
  return {
    mode: 'live',
    http: httpSettings(env),
    logLevel: env.LOG_LEVEL,
    store: {
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      schema: env.DATABASE_SCHEMA,
      poolMax: env.DATABASE_POOL_MAX,
    },
    retention: { days: env.RETENTION_DAYS },
    brightpearl: {
      baseUrl: env.BRIGHTPEARL_BASE_URL!,
      accountCode: env.BRIGHTPEARL_ACCOUNT_CODE!,
      auth: brightpearlAuth(env),
      requestCap: env.BRIGHTPEARL_REQUEST_CAP,
      budgetShare: env.BRIGHTPEARL_BUDGET_SHARE,
      orderLinkTemplate: env.BRIGHTPEARL_ORDER_LINK_TEMPLATE,
      oauth: brightpearlOAuthSettings(env),
    },
    kentico: {
      bridgeUrl: env.KENTICO_BRIDGE_URL!,
      sharedSecret: env.KENTICO_SHARED_SECRET!,
      previousSharedSecret: env.KENTICO_SHARED_SECRET_PREVIOUS,
    },
    mapping: loadMappingFile(env.MAPPING_FILE!),
    sync: {
      concurrency: env.SYNC_CONCURRENCY,
      coalesceMs: env.SYNC_COALESCE_MS,
      stockCoalesceMaxMs: env.STOCK_COALESCE_MAX_MS,
      fullCompareMinutes: env.STOCK_FULL_COMPARE_MINUTES,
      sweepSeconds: env.SWEEP_SECONDS,
      paymentBatchWaitMs: env.PAYMENT_BATCH_WAIT_MS,
      reconcileSeconds: env.RECONCILE_SECONDS,
      reconcileGraceSeconds: env.RECONCILE_GRACE_SECONDS,
      goLiveDate: env.GO_LIVE_DATE,
    },
    publicUrl: env.PUBLIC_URL,
    alerts: alertConfigFromEnv(process.env),
    admin,
    insecureSettings: securityWaivers(env),
  };
}

/** The listener and its defences (ADR 0017); behind App Service one proxy hop is trusted. */
export function httpSettings(env: Env): CompanionConfig['http'] {
  return {
    host: env.HOST,
    port: env.PORT,
    trustProxyHops: env.TRUST_PROXY_HOPS ?? 1,
    metricsToken: env.METRICS_TOKEN,
    timeouts: {
      headersMs: env.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
      requestMs: env.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
      keepAliveMs: env.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
    },
    rateLimits: {
      adminPerMinute: env.RATE_LIMIT_ADMIN_PER_MINUTE,
      oauthPerMinute: env.RATE_LIMIT_OAUTH_PER_MINUTE,
      webhooksPerMinute: env.RATE_LIMIT_WEBHOOKS_PER_MINUTE,
    },
  };
}

function requiredLiveKeys(env: Env): Array<keyof Env> {
  const auth: Array<keyof Env> =
    env.BRIGHTPEARL_AUTH_MODE === 'oauth'
      ? [...OAUTH_REQUIRED_KEYS]
      : ['BRIGHTPEARL_APP_REF', 'BRIGHTPEARL_ACCOUNT_TOKEN'];
  return [...LIVE_KEYS, 'KENTICO_SHARED_SECRET', 'MAPPING_FILE', 'PUBLIC_URL', ...auth];
}

function brightpearlAuth(env: Env): BrightpearlAuth {
  return env.BRIGHTPEARL_AUTH_MODE === 'oauth'
    ? {
        mode: 'oauth',
        appRef: env.BRIGHTPEARL_APP_REF!,
        devRef: env.BRIGHTPEARL_DEV_REF!,
        // The static token only bridges until the merchant connects through the admin.
        accessToken: env.BRIGHTPEARL_ACCESS_TOKEN ?? notConnectedYet,
      }
    : {
        mode: 'account-token',
        appRef: env.BRIGHTPEARL_APP_REF!,
        accountToken: env.BRIGHTPEARL_ACCOUNT_TOKEN!,
      };
}

/** Reads and validates the merchant's mapping file; errors name the file and the field. */
export function loadMappingFile(path: string): MappingConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read mapping file ${path}: ${(error as Error).message}`);
  }
  const parsed = MappingConfig.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(`Invalid mapping file ${path}:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
