import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

import type { RateLimits } from '../config/http-settings';

/**
 * Per-client-IP limits per route family, counted in this instance's memory: with N instances
 * behind App Service a client gets up to N times the limit, acceptable for flood protection
 * (ADR 0017). The IP is req.ip, so behind a proxy it comes from X-Forwarded-For as far as
 * `trust proxy` allows. A refused request gets 429 with Retry-After (seconds).
 *
 * The two platforms' deliveries count only when refused as the sender's fault (4xx): a signed
 * Kentico event or a Brightpearl delivery to the right URL is never throttled however large the
 * burst (a flash sale, a goods-in of thousands of products; each is durable work the queue and
 * the Brightpearl budget pace), while forged, malformed or guessed requests are cut after the
 * limit. A 5xx (our store down) is not the sender's fault and is not counted either: Brightpearl
 * retries only a 503, so a 429 there would lose the delivery.
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
    kenticoEvents: limiter('refused Kentico event', limits.webhooksPerMinute, refusalsOnly),
    brightpearlWebhooks: limiter(
      'refused Brightpearl webhook',
      limits.webhooksPerMinute,
      refusalsOnly,
    ),
  };
}

/** Only answers that blame the sender (4xx, the 429s themselves included) use the allowance. */
const refusalsOnly = {
  skipSuccessfulRequests: true,
  requestWasSuccessful: (_req: unknown, res: { statusCode: number }) =>
    res.statusCode < 400 || res.statusCode >= 500,
};

function limiter(
  family: string,
  perMinute: number,
  counting: Partial<typeof refusalsOnly> = {},
): RequestHandler {
  return rateLimit({
    ...counting,
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
