import type { BudgetLimits } from './budget';
import type { OAuthSimulatorConfig } from './oauth/oauth-registry';
import type { RetryPolicy } from './webhooks/deliver';

export interface BrightpearlSimulatorOptions {
  /** The `{accountCode}` path segment; default 'sandbox'. */
  accountCode?: string;
  /** Requests per period; default 200 (reference §2). */
  cap?: number;
  /** Period length in ms; default 60000. */
  windowMs?: number;
  /** Accepted in `brightpearl-account-token` (with `brightpearl-app-ref`); default 'sandbox-token'. */
  accountToken?: string;
  /** Accepted as `Authorization: Bearer` (with `brightpearl-app-ref`); default 'sandbox-oauth-token'. */
  oauthAccessToken?: string;
  /** Sent in `brightpearl-installed-integration-instance-id`; default 11 (as in recordings). */
  installedIntegrationInstanceId?: number;
  /** OAuth host (`/authorize`, `/token`): client secret, token lifetime, api_domain. */
  oauth?: Partial<OAuthSimulatorConfig>;
  /** Clock for timestamps and the budget; default Date.now. Lets tests control time. */
  clock?: () => number;
  /**
   * With idSetAccepted, events of one subscription raised within this window go out as ONE
   * callback carrying an id set; default 100 ms. Brightpearl's real window is UNCONFIRMED.
   */
  webhookBatchMs?: number;
  /** Tries per delivery (first included) and the first backoff, doubling; default 5 / 100 ms. */
  webhookRetry?: Partial<RetryPolicy>;
  /** Share (0–1) of deliveries silently lost before sending; default 0 (reference §12.4). */
  webhookDropRate?: number;
  /** Seed of the PRNG that picks the dropped deliveries; default 1. */
  seed?: number;
  /** Per-attempt timeout of a webhook callback; default 5000 ms. */
  webhookTimeoutMs?: number;
}

export interface WebhookConfig {
  batchMs: number;
  retry: RetryPolicy;
  dropRate: number;
  seed: number;
  timeoutMs: number;
}

export interface SimulatorConfig {
  accountCode: string;
  accountToken: string;
  oauthAccessToken: string;
  installedIntegrationInstanceId: number;
  oauth: OAuthSimulatorConfig;
  limits: BudgetLimits;
  clock: () => number;
  webhooks: WebhookConfig;
}

export function resolveOptions(options: BrightpearlSimulatorOptions = {}): SimulatorConfig {
  return {
    accountCode: options.accountCode ?? 'sandbox',
    accountToken: options.accountToken ?? 'sandbox-token',
    oauthAccessToken: options.oauthAccessToken ?? 'sandbox-oauth-token',
    installedIntegrationInstanceId: options.installedIntegrationInstanceId ?? 11,
    oauth: {
      clientSecret: options.oauth?.clientSecret,
      accessTokenLifetimeSeconds: options.oauth?.accessTokenLifetimeSeconds ?? 604_800,
      apiDomain: options.oauth?.apiDomain,
      latencyMs: options.oauth?.latencyMs,
      refreshedLifetime: options.oauth?.refreshedLifetime,
    },
    limits: { cap: options.cap ?? 200, windowMs: options.windowMs ?? 60_000 },
    clock: options.clock ?? Date.now,
    webhooks: {
      batchMs: options.webhookBatchMs ?? 100,
      retry: {
        attempts: Math.max(1, options.webhookRetry?.attempts ?? 5),
        initialMs: options.webhookRetry?.initialMs ?? 100,
      },
      dropRate: checkDropRate(options.webhookDropRate ?? 0),
      seed: options.seed ?? 1,
      timeoutMs: options.webhookTimeoutMs ?? 5000,
    },
  };
}

export function checkDropRate(rate: number): number {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`webhook drop rate must be 0–1, got ${rate}`);
  return rate;
}
