import type { RouteDoc } from '../openapi';
import { contractOnlyDeps } from './contract-deps';
import type { AdminRoute } from './route';
import { adminRoutes } from './router';

/** Where the admin API is mounted (app.ts). */
export const ADMIN_API_BASE = '/api/v1';

const REFUSALS = {
  400: { description: 'Invalid input (`field` names it)' },
  401: { description: 'Token missing, invalid, expired or too long-lived' },
  403: { description: 'Token lacks the permission (x-permission)' },
  404: { description: 'Not found' },
  409: { description: 'Conflicts with the current state (e.g. a stale baseVersion)' },
  413: { description: 'Body larger than 256 kB' },
  429: { description: 'Too many admin requests from this address (Retry-After)' },
  502: { description: 'Brightpearl or Kentico failed the call this request needed' },
} as const;

/** The admin API's routes as documented operations, under /api/v1 and the admin token. */
export function adminRouteDocs(routes: readonly AdminRoute[]): RouteDoc[] {
  return routes.map((route) => ({
    method: route.method,
    path: `${ADMIN_API_BASE}${route.path}`,
    summary: route.summary,
    tag: `admin: ${route.path.split('/')[1]}`,
    security: 'adminToken',
    params: route.params,
    query: route.query,
    body: route.body,
    responses: {
      [route.status]: { description: 'OK', schema: route.response, contentType: route.contentType },
      ...REFUSALS,
    },
    // The admin token permission the operation needs ('view' or 'edit').
    extensions: { 'x-permission': route.permission },
  }));
}

/**
 * Every admin route, including those a deployment may leave out (OAuth when Brightpearl is
 * reached with a staff token, settings without the settings module): the document describes the
 * contract, the same for every instance, and a route left out answers 404.
 */
export function adminApiContract(): RouteDoc[] {
  return adminRouteDocs(adminRoutes(contractOnlyDeps()));
}
