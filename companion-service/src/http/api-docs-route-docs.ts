import { z } from 'zod';

import { describeRoute, type RouteDoc } from '../openapi';

export const OPENAPI_JSON_PATH = '/api/v1/openapi.json';
export const API_DOCS_PATH = '/api/docs';

/** The document itself and the page that renders it (api-docs.ts). */
export const apiDocsRouteDocs: RouteDoc[] = [
  describeRoute({
    method: 'get',
    path: OPENAPI_JSON_PATH,
    operationId: 'getOpenApiDocument',
    summary: 'This document (public: it holds no secrets)',
    tag: 'documentation',
    responses: {
      200: { description: 'OpenAPI 3.1', schema: z.record(z.string(), z.unknown()) },
    },
  }),
  describeRoute({
    method: 'get',
    path: API_DOCS_PATH,
    operationId: 'getApiDocsPage',
    summary: 'This document as a page (Swagger UI, served from the companion’s own origin)',
    tag: 'documentation',
    responses: { 200: { description: 'The page', contentType: 'text/html; charset=utf-8' } },
  }),
];
