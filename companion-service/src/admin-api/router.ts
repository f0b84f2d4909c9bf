import express, { Router } from 'express';

import { adminAuth, requirePermission } from './auth';
import { adminCors } from './cors';
import type { AdminApiDeps } from './deps';
import { adminErrorHandler, NotFoundError } from './errors';
import { configurationRoutes } from './configuration-routes';
import { connectionRoutes } from './connection-routes';
import { failureRoutes } from './failures-routes';
import { heldRoutes } from './held-routes';
import { insightRoutes } from './insights-routes';
import { jobRoutes } from './jobs-routes';
import { lookupRoutes } from './lookups-routes';
import { mappingRoutes } from './mappings-routes';
import { oauthRoutes } from './oauth-routes';
import { orderRoutes } from './orders-routes';
import type { AdminRoute } from './route';
import { settingsRoutes } from './settings-routes';
import { shapingRoutes } from './shaping-routes';
import { statusRoutes } from './status-routes';
import { rejectBadText } from './text-guard';

const MIN_SECRET_LENGTH = 32;

/** Every endpoint of the admin API, in matching order (literal paths before `:id` ones). */
export function adminRoutes(deps: AdminApiDeps): AdminRoute[] {
  return [
    ...statusRoutes(deps),
    ...orderRoutes(deps),
    ...heldRoutes(deps),
    ...insightRoutes(deps),
    ...failureRoutes(deps),
    ...mappingRoutes(deps),
    ...shapingRoutes(deps),
    ...configurationRoutes(deps),
    ...settingsRoutes(deps),
    ...jobRoutes(deps),
    ...lookupRoutes(deps),
    ...connectionRoutes(deps),
    ...oauthRoutes(deps),
  ];
}

/**
 * The versioned admin REST API, to mount at `/api/v1`: CORS for the Kentico admin origin,
 * everything behind the HMAC admin token (`GET /api/v1/openapi.json`, public, is served before
 * it by http/api-docs.ts: the whole companion's document).
 */
export function createAdminApiRouter(deps: AdminApiDeps): Router {
  if (deps.adminToken.secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`adminToken.secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const routes = adminRoutes(deps);
  const router = Router();
  router.use(adminCors(deps.adminOrigin));
  router.use(adminAuth(deps.adminToken));
  router.use(express.json({ limit: '256kb' }));
  router.use(rejectBadText);
  for (const route of routes) {
    router[route.method](route.path, requirePermission(route.permission), route.handle);
  }
  router.use((req) => {
    throw new NotFoundError(`no admin endpoint ${req.method} ${req.path}`);
  });
  router.use(adminErrorHandler(deps.logger));
  return router;
}
