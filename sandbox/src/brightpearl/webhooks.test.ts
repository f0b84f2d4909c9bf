import { WEBHOOK_BODY_TEMPLATE, WebhookDefinition } from '@bpkc/shared-types';

import { testApi } from './test-support';

describe('Brightpearl simulator: webhook subscriptions', () => {
  const api = testApi();
  afterAll(() => api.sim.close());

  const definition = (subscribeTo: string) => ({
    subscribeTo,
    httpMethod: 'POST',
    uriTemplate: 'http://127.0.0.1:9/bp/${account-code}/${resource-type}?token=secret',
    bodyTemplate: WEBHOOK_BODY_TEMPLATE,
    contentType: 'application/json',
    idSetAccepted: true,
    qualityOfService: 1,
  });

  it('lists another integration’s webhook from the start', async () => {
    const res = await api.get('/integration-service/webhook');
    expect(res.status).toBe(200);
    const list = res.body.response.map((item: unknown) => WebhookDefinition.parse(item));
    expect(list).toEqual([
      expect.objectContaining({
        id: 101,
        subscribeTo: 'product.modified.on-hand-modified',
        uriTemplate: expect.stringContaining('erp-bridge.example.net'),
      }),
    ]);
    expect(res.body.response[0]).not.toHaveProperty('foreign');
  });

  it('creates subscriptions to a whole resource, a lifecycle or a full event', async () => {
    const ids: number[] = [];
    for (const subscribeTo of [
      'product',
      'product.modified',
      'product.modified.on-hand-modified',
    ]) {
      const res = await api.post('/integration-service/webhook', definition(subscribeTo));
      expect(res.status).toBe(200);
      ids.push(res.body.response);
    }
    expect(ids).toEqual([121, 122, 123]);
    const res = await api.get('/integration-service/webhook/121-122,5000');
    expect(res.body.response).toEqual([
      { id: 121, ...definition('product') },
      { id: 122, ...definition('product.modified') },
    ]);
  });

  it('applies the documented defaults (idSetAccepted false, QoS 0)', async () => {
    // undefined fields are left out of the JSON body.
    const bare = {
      ...definition('sales-order.created'),
      idSetAccepted: undefined,
      qualityOfService: undefined,
    };
    const id = (await api.post('/integration-service/webhook', bare)).body.response;
    const [stored] = (await api.get(`/integration-service/webhook/${id}`)).body.response;
    expect(stored).toMatchObject({ idSetAccepted: false, qualityOfService: 0 });
  });

  it('rejects an unknown event with 400 INTC-064, and incomplete definitions', async () => {
    const res = await api.post('/integration-service/webhook', definition('contact.created'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        code: 'INTC-064',
        message: 'contact.created either does not exist or cannot be subscribed too',
      },
    ]);
    const noBody = { ...definition('product'), bodyTemplate: undefined };
    expect((await api.post('/integration-service/webhook', noBody)).status).toBe(400);
    const relative = { ...definition('product'), uriTemplate: '/bp/hook' };
    expect((await api.post('/integration-service/webhook', relative)).status).toBe(400);
  });

  it('answers 404 CMNC-404 for an id set without webhooks', async () => {
    const res = await api.get('/integration-service/webhook/99999');
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual([
      { code: 'CMNC-404', message: 'No webhooks available in ID Set 99999' },
    ]);
  });

  it('deletes by id → {}; an unknown id → 404 "Cannot find webhook: X"', async () => {
    const res = await api.del('/integration-service/webhook/121');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    const again = await api.del('/integration-service/webhook/121');
    expect(again.status).toBe(404);
    expect(again.body.errors).toEqual([{ code: 'CMNC-404', message: 'Cannot find webhook: 121' }]);
    const ids = (await api.get('/integration-service/webhook')).body.response.map(
      (item: { id: number }) => item.id,
    );
    expect(ids).toEqual([101, 122, 123, 124]);
  });

  it('answers 404 for the whole list once the account has no webhooks', async () => {
    for (const id of [101, 122, 123, 124]) {
      expect((await api.del(`/integration-service/webhook/${id}`)).status).toBe(200);
    }
    const res = await api.get('/integration-service/webhook');
    expect(res.status).toBe(404);
    expect(res.body.errors[0].code).toBe('CMNC-404');
  });
});
