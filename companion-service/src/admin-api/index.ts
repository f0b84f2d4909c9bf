export { createAdminApiRouter, adminRoutes } from './router';
export type { AdminApiDeps } from './deps';
export { mintAdminToken, verifyAdminToken } from './auth';
export type { AdminTokenGrant, AdminTokenKey } from './auth';
export { buildOpenApiDocument } from './openapi';
