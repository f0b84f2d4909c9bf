/**
 * How the HTTP surface defends itself (ADR 0017). Every field is optional so configurations
 * built by hand (tests, the sandbox) get the defaults below.
 */
export interface HttpHardening {
  /**
   * Proxy hops whose X-Forwarded-For / -Proto we believe (App Service's front end: 1). 0 means
   * the socket's address is the client's. Default: 1 in live mode, 0 in the sandbox.
   */
  trustProxyHops?: number;
  timeouts?: Partial<HttpTimeouts>;
  rateLimits?: Partial<RateLimits>;
  /** Bearer token for GET /api/status and /metrics. Absent: closed in live mode, open in the sandbox. */
  metricsToken?: string;
}

export interface HttpTimeouts {
  /** Time a client has to send the request headers (slow-loris guard). */
  headersMs: number;
  /** Time a client has to send the whole request, body included. */
  requestMs: number;
  /** Idle keep-alive connections closed after this; above App Service's 230 s front-end idle. */
  keepAliveMs: number;
}

/**
 * Requests per minute per client IP, per route family; per instance (ADR 0017). For the webhook
 * families only refused (4xx) requests count.
 */
export interface RateLimits {
  adminPerMinute: number;
  oauthPerMinute: number;
  webhooksPerMinute: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = {
  headersMs: 20_000,
  requestMs: 60_000,
  keepAliveMs: 240_000,
};

/**
 * A merchant's admin screens make a few calls per page (600/min is a page every 0.1 s); the
 * OAuth routes see a handful per connect. Webhooks count only refusals (http/rate-limits.ts):
 * a sender whose deliveries are accepted is never throttled, one that keeps being refused (a
 * wrong secret, token guesses, malformed floods) is cut after 600 a minute.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  adminPerMinute: 600,
  oauthPerMinute: 60,
  webhooksPerMinute: 600,
};

export function httpTimeouts(settings: HttpHardening): HttpTimeouts {
  return { ...DEFAULT_TIMEOUTS, ...settings.timeouts };
}

export function rateLimits(settings: HttpHardening): RateLimits {
  return { ...DEFAULT_RATE_LIMITS, ...settings.rateLimits };
}
