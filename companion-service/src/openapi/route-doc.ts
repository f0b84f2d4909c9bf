import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/**
 * How a caller proves who it is. The first three are security schemes of the document;
 * `webhookToken` is the secret path segment of the Brightpearl callback URL (OpenAPI has no
 * scheme for a secret in the path, so it is documented as the `token` parameter).
 */
export type RouteSecurity = 'adminToken' | 'kenticoSignature' | 'metricsToken' | 'webhookToken';

export interface ResponseDoc {
  description: string;
  /** The body's schema; an error answer without one is an `ApiError`. */
  schema?: z.ZodType;
  /** Default `application/json`; a text answer (HTML, Prometheus) is a string of this type. */
  contentType?: string;
}

/**
 * One HTTP operation the companion serves, declared next to its handler so the OpenAPI
 * document (docs/openapi.json, GET /api/v1/openapi.json) cannot forget or invent a route.
 */
export interface RouteDoc {
  method: HttpMethod;
  /** Express syntax, absolute, e.g. `/webhooks/brightpearl/:installationId/:token`. */
  path: string;
  /**
   * Unique and stable: the generated admin client is keyed by path, but code generators and
   * API gateways use it. Default: from method and path (`operationIdOf`).
   */
  operationId?: string;
  summary: string;
  description?: string;
  /** The group the docs page shows it in. */
  tag: string;
  /** Absent: public. */
  security?: RouteSecurity;
  params?: z.ZodType;
  query?: z.ZodType;
  /** Required request headers other than the security scheme's, as a z.object of strings. */
  headers?: z.ZodType;
  body?: z.ZodType;
  /** Every answer by status: the success ones with a schema, the refusals with a description. */
  responses: Record<number, ResponseDoc>;
  /** Vendor keys (`x-…`), e.g. the admin token permission an operation needs. */
  extensions?: Record<`x-${string}`, unknown>;
}

/** Declares a route's contract; the identity function, there for the type and the grep. */
export function describeRoute(doc: RouteDoc): RouteDoc {
  return doc;
}

/** `/orders/:orderGuid` → `/orders/{orderGuid}`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

/**
 * camelCase from method and path, `/api/v1` dropped, parameters as `By…`:
 * `POST /api/v1/failures/:id/replay` → `postFailuresByIdReplay`.
 */
export function operationIdOf(method: HttpMethod, expressPath: string): string {
  const words = expressPath
    .replace(/^\/api\/v1(?=\/|$)/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter(Boolean);
  return [method, ...words.map((word) => word[0]!.toUpperCase() + word.slice(1))].join('');
}
