import type { RequestHandler } from 'express';

export interface RequestLogEntry {
  /** e.g. 'GET /orders/:orderGuid' — the route, so tests can count calls per endpoint. */
  endpoint: string;
  /** Path relative to the bridge base, with the query. */
  path: string;
  status: number;
}

export interface RequestLog {
  count(endpoint: string): number;
  entries(): RequestLogEntry[];
  clear(): void;
}

const ROUTES: Array<[RegExp, string]> = [
  [/^\/orders\/[^/]+\/brightpearl-order$/, '/orders/:orderGuid/brightpearl-order'],
  [/^\/orders\/[^/]+\/status$/, '/orders/:orderGuid/status'],
  [/^\/orders\/[^/]+\/shipments\/[^/]+$/, '/orders/:orderGuid/shipments/:goodsOutNoteId'],
  [/^\/orders\/[^/]+\/refunds$/, '/orders/:orderGuid/refunds'],
  [/^\/orders\/[^/]+$/, '/orders/:orderGuid'],
  [/^\/products\/by-guid\/[^/]+$/, '/products/by-guid/:guid'],
  [/^\/products\/[^/]+$/, '/products/:sku'],
  [/^\/refunds\/[^/]+\/brightpearl-credit$/, '/refunds/:refundGuid/brightpearl-credit'],
  [/^\/refunds\/[^/]+$/, '/refunds/:refundGuid'],
  [/^\/customers\/by-email$/, '/customers/by-email'],
  [/^\/customers\/[^/]+$/, '/customers/:customerGuid'],
];

export function endpointOf(method: string, pathWithQuery: string): string {
  const path = pathWithQuery.split('?')[0] ?? '';
  const route = ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? path;
  return `${method.toUpperCase()} ${route}`;
}

export function createRequestLog(): RequestLog & { record(entry: RequestLogEntry): void } {
  let entries: RequestLogEntry[] = [];
  return {
    record: (entry) => void entries.push(entry),
    count: (endpoint) => entries.filter((entry) => entry.endpoint === endpoint).length,
    entries: () => entries.map((entry) => ({ ...entry })),
    clear: () => void (entries = []),
  };
}

/** The request target relative to the bridge base: what the caller signed. */
export function bridgePath(originalUrl: string, basePath: string): string {
  return originalUrl.startsWith(basePath) ? originalUrl.slice(basePath.length) || '/' : originalUrl;
}

/** Logs every bridge call once it is answered, refused ones included (status tells them apart). */
export function logRequests(
  log: ReturnType<typeof createRequestLog>,
  basePath: string,
): RequestHandler {
  return (req, res, next) => {
    const path = bridgePath(req.originalUrl, basePath);
    res.on('finish', () =>
      log.record({ endpoint: endpointOf(req.method, path), path, status: res.statusCode }),
    );
    next();
  };
}
