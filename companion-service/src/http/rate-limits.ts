import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

import type { RateLimits } from '../config/http-settings';

/**
 * Per-client-IP limits per route family, counted in this instance's memory: with N instances
 * behind App Service a client gets up to N times the limit, acceptable for flood protection
 * (ADR 0017). The IP is req.ip, so behind a proxy it comes from X-Forwarded-For as far as
 * `trust proxy` allows. A refused request gets 429 with Retry-After (seconds).
 */
export function rateLimiters(limits: RateLimits): {
  admin: RequestHandler;
  oauth: RequestHandler;
  kenticoEvents: RequestHandler;
  brightpearlWebhooks: RequestHandler;
} {
  return {
    admin: limiter('admin API', limits.adminPerMinute),
    oauth: limiter('OAuth', limits.oauthPerMinute),
    // Separate allowances: the two platforms are different senders with their own bursts.
    kenticoEvents: limiter('Kentico event', limits.webhooksPerMinute),
    brightpearlWebhooks: limiter('Brightpearl webhook', limits.webhooksPerMinute),
  };
}

function limiter(family: string, perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Whether X-Forwarded-For is believed is our TRUST_PROXY_HOPS decision; the library's
    // check would print to the console on every forged header.
    validate: { xForwardedForHeader: false },
    // CORS preflights cost nothing and must not eat the admin UI's allowance.
    skip: (req) => req.method === 'OPTIONS',
    message: {
      error: `too many ${family} requests from this address: at most ${perMinute} a minute`,
    },
  });
}
