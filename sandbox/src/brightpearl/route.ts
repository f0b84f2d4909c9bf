import type { EmitEvent } from './events';
import type { SimulatorState } from './state';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** What a handler sees: the same for an HTTP request and for a multi-message inner message. */
export interface RouteContext {
  state: SimulatorState;
  params: Record<string, string>;
  /** Query parameters; a repeated parameter keeps its last value. */
  query: Record<string, string>;
  body: unknown;
  /**
   * Request headers by lower-case name. Only HTTP requests carry them; multi-message inner
   * messages and the Direct API have none (so e.g. no If-Match, reference §8.4).
   */
  headers?: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /** Raises a webhook-able event (reference §10); delivery happens later, asynchronously. */
  emit: EmitEvent;
}

/** The full JSON body (envelope included), so handlers can add `reference`, `pagination`... */
export interface RouteResult {
  status: number;
  body: unknown;
}

export interface Route {
  method: HttpMethod;
  /** Template under the account prefix, e.g. `/order-service/order/:idSet`. */
  path: string;
  /** Value of the `message-type` response header (reference §2). */
  messageType: string;
  /** POST/PUT bodies must be JSON; an empty or non-JSON body is 400 CMNC-010. */
  needsBody?: boolean;
  handle(context: RouteContext): RouteResult;
}

export const ok = (response: unknown): RouteResult => ({ status: 200, body: { response } });

/** Create → the new id as a bare integer (reference §3.1). */
export const created = (id: number): RouteResult => ({ status: 200, body: { response: id } });

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Matches a path against `:param` templates; methods are checked by the caller. */
export function matchPath(routes: readonly Route[], path: string): RouteMatch[] {
  const segments = trimSlashes(path).split('/');
  const matches: RouteMatch[] = [];
  for (const route of routes) {
    const params = matchTemplate(trimSlashes(route.path).split('/'), segments);
    if (params) matches.push({ route, params });
  }
  return matches;
}

export function findRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): RouteMatch | undefined {
  return matchPath(routes, path).find((match) => match.route.method === method.toUpperCase());
}

export const endpointName = (route: Route): string => `${route.method} ${route.path}`;

function matchTemplate(template: string[], segments: string[]): Record<string, string> | null {
  if (template.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) {
      if (segment === '') return null;
      params[part.slice(1)] = safeDecode(segment);
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}

const trimSlashes = (path: string): string => path.replace(/^\/+|\/+$/g, '');

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
