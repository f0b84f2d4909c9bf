export { createAdminApiRouter, adminRoutes } from './router';
export type { AdminApiDeps } from './deps';
export { mintAdminToken, verifyAdminToken } from './auth';
export type { AdminTokenGrant, AdminTokenKey } from './auth';
export { ADMIN_API_BASE, adminApiContract, adminRouteDocs } from './openapi';
