import * as shared from '@bpkc/shared-types';
import { z } from 'zod';

import type { AdminRoute } from './route';

type JsonSchema = Record<string, unknown>;

/** Shared DTOs emitted once under components.schemas and referenced by name. */
const NAMED = {
  ApiError: shared.ApiError,
  Overview: shared.Overview,
  OrderSummary: shared.OrderSummary,
  OrderPage: shared.OrderPage,
  OrderDetail: shared.OrderDetail,
  ResendResult: shared.ResendResult,
  Failure: shared.Failure,
  FailurePage: shared.FailurePage,
  FailureGroups: shared.FailureGroups,
  ReplayResult: shared.ReplayResult,
  DiscardResult: shared.DiscardResult,
  AuditPage: shared.AuditPage,
  MappingConfig: shared.MappingConfig,
  MappingVersion: shared.MappingVersion,
  MappingVersionList: shared.MappingVersionList,
  AdminTokenClaims: shared.AdminTokenClaims,
  LookupOption: shared.LookupOption,
  Lookups: shared.Lookups,
  MappingValidation: shared.MappingValidation,
  Connection: shared.Connection,
  ConnectionWebhooks: shared.ConnectionWebhooks,
  ConnectionTest: shared.ConnectionTest,
} satisfies Record<string, z.ZodType>;

const ERRORS: Record<string, string> = {
  '400': 'Invalid input (field names it)',
  '401': 'Token missing, invalid, expired or too long-lived',
  '403': 'Token lacks the permission',
  '404': 'Not found',
  '409': 'Conflicts with the current state',
  '502': 'Brightpearl or Kentico failed the call this request needed',
};

/** OpenAPI 3.1 document of the admin API, generated from the routes' shared zod schemas. */
export function buildOpenApiDocument(routes: readonly AdminRoute[]): JsonSchema {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  const refs = new Map<z.ZodType, string>(Object.entries(NAMED).map(([id, s]) => [s, id]));
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route, refs) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Brightpearl Connect admin API', version: '1.0.0' },
    servers: [{ url: '/api/v1' }],
    security: [{ adminToken: [] }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s)])),
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'base64url(JSON claims).base64url(HMAC-SHA256(secret, claims part))',
          description: 'Claims: AdminTokenClaims; lifetime at most 15 minutes.',
        },
      },
    },
  };
}

function operation(route: AdminRoute, refs: Map<z.ZodType, string>): Record<string, unknown> {
  const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
  const errors = Object.fromEntries(
    Object.entries(ERRORS).map(([status, description]) => [
      status,
      { description, content: json({ $ref: '#/components/schemas/ApiError' }) },
    ]),
  );
  return {
    summary: route.summary,
    // The admin token permission this operation needs ('view' or 'edit').
    'x-permission': route.permission,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: json(inputSchema(route.body)) } }
      : {}),
    responses: {
      [String(route.status)]: {
        description: 'OK',
        content: json(outputSchema(route.response, refs)),
      },
      ...errors,
    },
  };
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !field.safeParse(undefined).success,
    schema: inputSchema(field),
  }));
}

function outputSchema(schema: z.ZodType, refs: Map<z.ZodType, string>): JsonSchema {
  const id = refs.get(schema);
  return id ? { $ref: `#/components/schemas/${id}` } : clean(z.toJSONSchema(schema));
}

function inputSchema(schema: z.ZodType): JsonSchema {
  return clean(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
}

function json(schema: JsonSchema): Record<string, unknown> {
  return { 'application/json': { schema } };
}

/** Drops the per-document keywords ($schema, $id) that do not belong inside OpenAPI. */
function clean(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(
    Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'),
  );
}
