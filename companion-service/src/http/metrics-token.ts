import { createHash, timingSafeEqual } from 'node:crypto';

import type { RequestHandler } from 'express';

/**
 * Guards GET /api/status and /metrics: order counts, failure reasons and the Brightpearl budget
 * are business data. With a token configured the caller must send `Authorization: Bearer
 * <token>`; without one they are closed in live mode and open in the sandbox (loopback demo).
 */
export function requireMetricsToken(options: {
  token?: string;
  mode: 'sandbox' | 'live';
}): RequestHandler {
  const expected = options.token === undefined ? undefined : digest(options.token);
  return (req, res, next) => {
    if (expected === undefined && options.mode === 'sandbox') {
      next();
      return;
    }
    const sent = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '')?.[1];
    if (expected !== undefined && sent !== undefined && timingSafeEqual(digest(sent), expected)) {
      next();
      return;
    }
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer realm="bpkc-metrics"')
      .json({
        error: expected
          ? 'send the METRICS_TOKEN as "Authorization: Bearer <token>"'
          : 'closed: set METRICS_TOKEN to read /api/status and /metrics',
      });
  };
}

/** Equal-length digests, so the comparison takes the same time whatever was sent. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
