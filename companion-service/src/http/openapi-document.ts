import { adminApiContract } from '../admin-api';
import { oauthCallbackRouteDoc } from '../brightpearl/oauth/callback-route-doc';
import { buildOpenApiDocument, type OpenApiDocument, type RouteDoc } from '../openapi';
import { intakeRouteDocs } from '../sync/intake/intake-route-docs';
import { apiDocsRouteDocs } from './api-docs-route-docs';
import { healthRouteDocs } from './health-route-docs';

/** Every route the companion serves, as declared next to each handler. */
export function companionRouteDocs(): RouteDoc[] {
  return [
    ...healthRouteDocs,
    ...intakeRouteDocs,
    oauthCallbackRouteDoc,
    ...apiDocsRouteDocs,
    ...adminApiContract(),
  ];
}

let built: OpenApiDocument | undefined;

/**
 * The companion's OpenAPI document: the same for every instance and configuration (a route a
 * deployment leaves out answers 404), so it is built once and committed as docs/openapi.json.
 */
export function companionOpenApiDocument(): OpenApiDocument {
  built ??= buildOpenApiDocument(companionRouteDocs());
  return built;
}
