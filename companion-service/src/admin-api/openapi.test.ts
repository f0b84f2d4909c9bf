import { buildOpenApiDocument } from '../openapi';
import { adminApiContract } from './openapi';

type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content: Record<string, { schema: unknown }> }>;
  'x-permission': string;
};

const document = buildOpenApiDocument(adminApiContract()) as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const op = (path: string, method: string) => document.paths[`/api/v1${path}`]![method]!;
const json = (answer: { content: Record<string, { schema: unknown }> }) =>
  answer.content['application/json']!.schema;

// That every documented route is served and vice versa: http/openapi-document.test.ts.
describe('admin API: OpenAPI contract', () => {
  it('describes each endpoint under /api/v1 with its shared schemas', () => {
    expect(Object.keys(document.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true);
    // Routes a deployment may leave out are part of the contract (they answer 404 there).
    expect(document.paths).toHaveProperty(['/api/v1/settings/effective', 'get']);
    expect(document.paths).toHaveProperty(['/api/v1/connection/oauth/authorize', 'post']);
    const resend = op('/orders/{orderGuid}/resend', 'post');
    expect(resend.operationId).toBe('postOrdersByOrderGuidResend');
    expect(resend.parameters).toEqual([
      expect.objectContaining({ name: 'orderGuid', in: 'path', required: true }),
    ]);
    expect(json(resend.responses['202']!)).toEqual({ $ref: '#/components/schemas/ResendResult' });
    const list = op('/orders', 'get').parameters!.map((p) => p.name);
    expect(list.sort()).toEqual(['limit', 'offset', 'search', 'state']);
    expect(json(op('/mappings', 'put').requestBody!)).toMatchObject({
      required: ['mapping'],
      properties: {
        mapping: {
          properties: { brightpearl: { required: expect.arrayContaining(['channelId']) } },
        },
      },
    });
    expect(document.components.schemas.Overview!.properties).toHaveProperty('lastSuccess');
    expect(document.components.schemas.Overview!.$schema).toBeUndefined();
    expect(json(op('/lookups', 'get').responses['200']!)).toEqual({
      $ref: '#/components/schemas/Lookups',
    });
    expect(document.components.schemas.OrderSummary!.required).toEqual(
      expect.arrayContaining(['customerEmail', 'brightpearlOrderUrl']),
    );
  });

  it('says which token permission each operation needs; a check or a probe only view', () => {
    expect(op('/mappings/validate', 'post')['x-permission']).toBe('view');
    expect(op('/connection/test', 'post')['x-permission']).toBe('view');
    expect(op('/connection/webhooks', 'post')['x-permission']).toBe('edit');
  });

  it('gives every refusal the ApiError shape', () => {
    const refusals = op('/failures/{id}/replay', 'post').responses;
    for (const status of ['400', '401', '403', '404', '409', '413', '429', '502']) {
      expect(json(refusals[status]!)).toEqual({ $ref: '#/components/schemas/ApiError' });
    }
  });
});
