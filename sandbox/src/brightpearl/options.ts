import type { BudgetLimits } from './budget';

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
  /** Clock for timestamps and the budget; default Date.now. Lets tests control time. */
  clock?: () => number;
}

export interface SimulatorConfig {
  accountCode: string;
  accountToken: string;
  oauthAccessToken: string;
  installedIntegrationInstanceId: number;
  limits: BudgetLimits;
  clock: () => number;
}

export function resolveOptions(options: BrightpearlSimulatorOptions = {}): SimulatorConfig {
  return {
    accountCode: options.accountCode ?? 'sandbox',
    accountToken: options.accountToken ?? 'sandbox-token',
    oauthAccessToken: options.oauthAccessToken ?? 'sandbox-oauth-token',
    installedIntegrationInstanceId: options.installedIntegrationInstanceId ?? 11,
    limits: { cap: options.cap ?? 200, windowMs: options.windowMs ?? 60_000 },
    clock: options.clock ?? Date.now,
  };
}
