import request from 'supertest';

import { bearer, type Harness, openHarness } from './test-harness';

describe('admin API: OpenAPI document', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it('describes every endpoint with its schemas and the bearer scheme', async () => {
    const { body: doc } = await request(harness.app).get('/api/v1/openapi.json').expect(200);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/audit',
      '/configuration',
      '/configuration/export',
      '/configuration/import',
      '/configuration/import/preview',
      '/connection',
      '/connection/mapping-check',
      '/connection/test',
      '/connection/webhooks',
      '/failures',
      '/failures/groups',
      '/failures/replay',
      '/failures/{id}',
      '/failures/{id}/discard',
      '/failures/{id}/replay',
      '/held',
      '/held/{orderGuid}/approve',
      '/held/{orderGuid}/reject',
      '/lookups',
      '/mappings',
      '/mappings/current',
      '/mappings/validate',
      '/mappings/versions',
      '/mappings/versions/{version}',
      '/mappings/versions/{version}/revert',
      '/orders',
      '/orders/{orderGuid}',
      '/orders/{orderGuid}/resend',
      '/overview',
      '/preview',
      '/preview/samples',
      '/suggestions',
      '/suggestions/accept',
      '/suggestions/reject',
      '/templates',
      '/templates/{templateId}/apply',
      '/templates/{templateId}/preview',
      '/transforms/targets',
      '/transforms/test',
    ]);
    expect(doc.components.securitySchemes.adminToken).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    const resend = doc.paths['/orders/{orderGuid}/resend'].post;
    expect(resend.parameters).toEqual([
      expect.objectContaining({ name: 'orderGuid', in: 'path', required: true }),
    ]);
    expect(resend.responses['202'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ResendResult',
    });
    const list = doc.paths['/orders'].get.parameters.map((p: { name: string }) => p.name);
    expect(list.sort()).toEqual(['limit', 'offset', 'search', 'state']);
    const put = doc.paths['/mappings'].put.requestBody.content['application/json'].schema;
    expect(put.required).toEqual(['mapping']);
    expect(put.properties.mapping.properties.brightpearl.required).toContain('channelId');
    expect(doc.components.schemas.Overview.properties.lastSuccess).toBeDefined();
    expect(doc.components.schemas.Overview.$schema).toBeUndefined();
    // Each operation says which token permission it needs; a check or a probe only 'view'.
    expect(doc.paths['/mappings/validate'].post['x-permission']).toBe('view');
    expect(doc.paths['/connection/test'].post['x-permission']).toBe('view');
    expect(doc.paths['/connection/webhooks'].post['x-permission']).toBe('edit');
    expect(doc.paths['/lookups'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Lookups',
    });
    expect(doc.components.schemas.OrderSummary.required).toEqual(
      expect.arrayContaining(['customerEmail', 'brightpearlOrderUrl']),
    );
  });

  it('every described operation answers (no route is documented but missing)', async () => {
    const { body: doc } = await request(harness.app).get('/api/v1/openapi.json');
    for (const [path, operations] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(operations)) {
        const url = `/api/v1${path.replace('{orderGuid}', '00000000-0000-4000-8000-00000000000f').replace(/\{\w+\}/, '1')}`;
        const res = await request(harness.app)
          [method as 'get'](url)
          .set('Authorization', bearer())
          .send({});
        expect(res.body.error ?? '').not.toMatch(/no admin endpoint/);
      }
    }
  });
});
