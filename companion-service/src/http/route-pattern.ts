import type { Request, Response } from 'express';
import { trace } from '@opentelemetry/api';

/**
 * The route pattern that answered, mount path included (`/api/v1/dead-letters/:id`), or
 * undefined when no route matched (a 404, a refusal before routing). Express leaves `req.route`
 * and the router's `req.baseUrl` in place once a route handler has answered.
 */
export function routePattern(req: Request): string | undefined {
  const path: unknown = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') return undefined;
  const joined = `${req.baseUrl}${path === '/' && req.baseUrl ? '' : path}`;
  return joined === '' ? '/' : joined;
}

/**
 * Names the request's trace span after its route (`POST /webhooks/brightpearl/:installationId/
 * :token`) just before the headers go out: by then the route has matched, and the span is
 * still open. Application Insights groups requests by that name; without it, it would use the
 * raw path. With telemetry off there is no span and this does nothing.
 */
export function nameServerSpan(req: Request, res: Response): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  const writeHead = res.writeHead;
  res.writeHead = function namedWriteHead(this: Response, ...args: unknown[]) {
    res.writeHead = writeHead;
    const route = routePattern(req);
    if (route) {
      span.setAttribute('http.route', route);
      span.updateName(`${req.method} ${route}`);
    }
    return (writeHead as (...inner: unknown[]) => Response).apply(this, args);
  } as Response['writeHead'];
}
