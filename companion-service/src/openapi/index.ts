export { buildOpenApiDocument } from './build-document';
export type { OpenApiDocument } from './build-document';
export { documentProblems } from './check-document';
export { describeRoute, openApiPath, operationIdOf } from './route-doc';
export type { HttpMethod, ResponseDoc, RouteDoc, RouteSecurity } from './route-doc';
