import { BrightpearlError, ERROR_CODES, notFound } from './errors';
import { findRoute } from './route';
import type { Route, RouteContext, RouteResult } from './route';

export interface DispatchRequest {
  method: string;
  /** Path under the account prefix, e.g. `/order-service/order/5`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body; undefined when the request had none. */
  body: unknown;
  headers?: Readonly<Record<string, string | undefined>>;
}

export type DispatchEnvironment = Pick<RouteContext, 'state' | 'now' | 'emit'>;

export interface Dispatched {
  route: Route | undefined;
  result: RouteResult;
}

/**
 * The one place a request meets a handler: HTTP requests and multi-message inner messages both
 * come through here, so endpoint logic is never duplicated.
 */
export function dispatch(
  routes: readonly Route[],
  request: DispatchRequest,
  environment: DispatchEnvironment,
): Dispatched {
  const match = findRoute(routes, request.method, request.path);
  if (!match) {
    return {
      route: undefined,
      result: errorResult(notFound(`Cannot find the resource ${request.path}`)),
    };
  }
  const context: RouteContext = { ...environment, ...request, params: match.params };
  return { route: match.route, result: runHandler(match.route, context) };
}

function runHandler(route: Route, context: RouteContext): RouteResult {
  try {
    if (route.needsBody === true && context.body === undefined) throw jsonBodyError();
    return route.handle(context);
  } catch (error) {
    if (error instanceof BrightpearlError) return errorResult(error);
    return {
      status: 500,
      body: { errors: [{ code: ERROR_CODES.internal, message: 'Internal Server Error' }] },
    };
  }
}

export const jsonBodyError = (): BrightpearlError =>
  BrightpearlError.of(400, ERROR_CODES.jsonBody, 'You must supply a JSON formatted body');

export const errorResult = (error: BrightpearlError): RouteResult => ({
  status: error.status,
  body: { errors: error.errors },
});

/** Splits `/path?x=1&x=2` into a path and a query map (a repeated key keeps its last value). */
export function splitUri(uri: string): { path: string; query: Record<string, string> } {
  const url = new URL(uri, 'http://simulator.invalid');
  return { path: url.pathname, query: Object.fromEntries(url.searchParams.entries()) };
}

/** HTTP bodies arrive as text; an empty or non-JSON body is undefined → CMNC-010 if needed. */
export function parseJsonText(text: unknown): unknown {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
