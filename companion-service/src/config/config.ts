import type { MappingConfig } from '@bpkc/shared-types';

import type { AlertConfig } from '../alerts/config';
import type { BrightpearlAuth } from '../brightpearl';
import type { BrightpearlOAuthSettings } from '../brightpearl/oauth';
import type { HttpHardening } from './http-settings';
import type { LogLevel } from '../observability/logger';

export type { BrightpearlAuth, BrightpearlOAuthSettings };

/** The companion's whole configuration; built from the environment or, in tests, by hand. */
export interface CompanionConfig {
  mode: 'sandbox' | 'live';
  /** Where to listen, and how the HTTP surface defends itself (headers, limits; ADR 0017). */
  http: { host: string; port: number } & HttpHardening;
  logLevel: LogLevel;
  /**
   * dataDir: PGlite folder (in memory when absent); schema: Postgres schema for our tables;
   * poolMax: connections per Postgres pool, the store's and the queue's each (default 5).
   */
  store: { databaseUrl?: string; dataDir?: string; schema?: string; poolMax?: number };
  /** How long processed events, payloads and job history are kept (retention/; default 30). */
  retention?: { days: number };
  brightpearl: {
    /** Scheme, host and port, e.g. https://euw1.brightpearlconnect.com */
    baseUrl: string;
    accountCode: string;
    auth: BrightpearlAuth;
    requestCap: number;
    budgetShare: number;
    /** Brightpearl's rolling window; 60 s. Only simulators with a shorter window set it. */
    windowMs?: number;
    /** Link to an order in Brightpearl's web app (`{accountCode}`, `{orderId}`); default by mode. */
    orderLinkTemplate?: string;
    /** The OAuth connect / refresh flow; present in `oauth` auth mode. */
    oauth?: BrightpearlOAuthSettings;
  };
  /**
   * sharedSecret signs bridge calls and verifies events; previousSharedSecret (during a
   * rotation) still verifies events, never signs.
   */
  kentico: { bridgeUrl: string; sharedSecret: string; previousSharedSecret?: string };
  /**
   * The mapping file: stored as version 1 on the first start only. What runs is the newest
   * stored version (mapping/), read by each job, so a saved mapping reaches every instance.
   */
  mapping: MappingConfig;
  sync: {
    concurrency: number;
    /** How long a stock or catalog job waits so changes arriving together share one read. */
    coalesceMs: number;
    /**
     * The stock window when the budget is tight; `coalesceMs` is its minimum (ADR 0005).
     * Absent: 3,000 ms.
     */
    stockCoalesceMaxMs?: number;
    /** Minutes between scheduled stock full compares; 0 turns the schedule off. */
    fullCompareMinutes: number;
    /** Seconds between sweeps for Brightpearl changes without webhooks (credits, contacts); 0: off. */
    sweepSeconds: number;
    /** How long a due payment may wait for others, so up to ten share one multi-message. */
    paymentBatchWaitMs: number;
    /** Seconds between order reconciliation sweeps; 0: off. */
    reconcileSeconds: number;
    /**
     * Orders modified this recently are left for a later reconciliation sweep (their events may
     * not be stored yet). Absent: 120.
     */
    reconcileGraceSeconds?: number;
    /** Orders modified before this instant are not reconciled (ISO; default: first start). */
    goLiveDate?: string;
  };
  /**
   * The companion's public base URL, for Brightpearl's webhook callbacks. When absent (sandbox)
   * the address it listens on is used.
   */
  publicUrl?: string;
  /**
   * The admin API (/api/v1): HMAC key shared with the Kentico admin (and the previous one while
   * a rotation is under way), its origin for CORS, and what every token must name: this
   * companion (`aud`, default the origin of PUBLIC_URL) and the installation (`iid`).
   */
  admin?: {
    tokenSecret: string;
    previousTokenSecret?: string;
    origin: string;
    audience: string;
    installationId: string;
  };
  /**
   * Security checks waived by ALLOW_INSECURE_CONFIG=true (local development): each names the
   * variable; the start logs them as a warning.
   */
  insecureSettings?: string[];
  /** E-mail / Slack / Teams alerts; off when no channel is configured. */
  alerts?: AlertConfig;
}
