export { createAdminApiRouter, adminRoutes } from './router';
export type { AdminApiDeps } from './deps';
export { mintAdminToken, verifyAdminToken } from './auth';
export { buildOpenApiDocument } from './openapi';
