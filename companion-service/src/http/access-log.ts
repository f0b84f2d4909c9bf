import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { currentCorrelationId } from '../observability/correlation';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { PROBE_PATHS, safePath } from '../observability/safe-path';
import { recordHttpDuration } from '../observability/telemetry-meter';
import { nameServerSpan, routePattern } from './route-pattern';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * One log line and one duration sample per request. The route is the pattern that matched
 * (`/webhooks/brightpearl/:installationId/:token`), never the raw URL: the Brightpearl callback
 * carries its token in the path and query strings carry OAuth codes. Probes that answer 2xx
 * are logged at debug level (the platform polls them). Mount it first, after the correlation id.
 */
export function accessLog(deps: { logger: Logger; metrics: Metrics }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const correlationId = currentCorrelationId();
    nameServerSpan(req, res);
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routePattern(req) ?? 'unmatched';
      const method = KNOWN_METHODS.has(req.method) ? req.method : 'OTHER';
      const labels = { method, route, status_class: `${Math.floor(res.statusCode / 100)}xx` };
      deps.metrics.httpRequestDuration.observe(labels, seconds);
      recordHttpDuration(seconds, labels);
      const probe = PROBE_PATHS.has(route) && res.statusCode < 300;
      const level = probe ? 'debug' : res.statusCode >= 500 ? 'warn' : 'info';
      deps.logger.log(level, 'HTTP request', {
        method,
        route,
        // Unmatched requests (404s, early refusals) show where they went, made safe.
        ...(route === 'unmatched' ? { path: safePath(req.originalUrl) } : {}),
        status: res.statusCode,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
        bytes: Number(res.getHeader('content-length') ?? 0),
        correlationId,
        ip: req.ip,
      });
    });
    next();
  };
}
