import { type KenticoOrder, MappingConfig } from '@bpkc/shared-types';
import request from 'supertest';

import { KenticoNotFoundError } from '../kentico';
import { SAMPLE_ORDER } from '../shaping';
import { bearer, type Harness, MAPPING, openHarness, token } from './test-harness';

const ORDER: KenticoOrder = {
  ...SAMPLE_ORDER,
  OrderStatusName: 'Pending',
  OrderShippingMethodName: 'Standard',
};

describe('admin API: transforms and preview', () => {
  let harness: Harness;
  const viewer = bearer(token(['view']));
  const post = (path: string, body: object, auth = viewer) =>
    request(harness.app).post(`/api/v1${path}`).set('Authorization', auth).send(body);

  beforeAll(async () => {
    harness = await openHarness({
      deps: {
        shaping: {
          kentico: {
            getOrder: async (guid: string) => {
              if (guid !== ORDER.OrderGUID) throw new KenticoNotFoundError(`order ${guid}`);
              return ORDER;
            },
          },
        },
      },
    });
  });
  afterAll(() => harness.close());

  it('lists the targets with their types', async () => {
    const res = await request(harness.app)
      .get('/api/v1/transforms/targets')
      .set('Authorization', viewer)
      .expect(200);
    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'salesOrder', key: 'channelId', type: 'integer' }),
        expect.objectContaining({ entity: 'salesOrder', key: 'row.name', type: 'string' }),
        expect.objectContaining({ entity: 'contact', key: 'telephone' }),
        expect.objectContaining({ entity: 'product', key: 'price', type: 'number' }),
        expect.objectContaining({ key: 'customFields.<CODE>', pattern: true }),
      ]),
    );
  });

  it('tests an expression on a sample for a view-only user', async () => {
    const ok = await post('/transforms/test', {
      entity: 'salesOrder',
      key: 'ref',
      expression: '"WEB-" & OrderNumber',
      sampleId: ORDER.OrderGUID,
    }).expect(200);
    expect(ok.body).toEqual({ ok: true, value: 'WEB-SAMPLE-1001' });
    const row = await post('/transforms/test', {
      entity: 'salesOrder',
      key: 'row.name',
      expression: '$order.OrderNumber & "/" & OrderItemSKU',
    }).expect(200);
    expect(row.body).toEqual({ ok: true, value: 'SAMPLE-1001/SKU-RED-M' });
    const typo = await post('/transforms/test', {
      entity: 'salesOrder',
      key: 'channelId',
      expression: 'OrderNumbr',
    }).expect(200);
    expect(typo.body).toEqual({
      ok: false,
      error:
        'Line 1, position 1: field OrderNumbr is not a field of the Kentico order (did you mean OrderNumber?)',
    });
    const wrongType = await post('/transforms/test', {
      entity: 'salesOrder',
      key: 'channelId',
      expression: 'OrderNumber',
    }).expect(200);
    expect(wrongType.body.error).toBe(
      'gives text ("SAMPLE-1001") but Channel needs a whole number',
    );
  });

  it('previews the current and a draft mapping side by side', async () => {
    const draft = {
      ...MAPPING,
      transforms: {
        salesOrder: {
          ref: '"WEB-" & OrderNumber',
          warehouseId:
            'Addresses[OrderAddressType="Shipping"].OrderAddressCountryThreeLetterCode = "GBR" ? 9 : 2',
          note: '"gift"',
        },
      },
    };
    const res = await post('/preview', {
      entity: 'salesOrder',
      id: ORDER.OrderGUID,
      draft,
    }).expect(200);
    expect(res.body.brightpearlCalls).toBe(0);
    expect(res.body.current).toMatchObject({ mappingVersion: 1, decision: 'send', followUps: [] });
    expect(res.body.current.body).toMatchObject({ ref: 'SAMPLE-1001', warehouseId: 2 });
    expect(res.body.current.notes).toEqual([
      'SKU SKU-RED-M: not matched yet; Brightpearl would be searched for it (product id 0 here)',
      'new customer: a contact would be created (contact id 0 here)',
    ]);
    expect(res.body.draft).toMatchObject({ mappingVersion: null, decision: 'send' });
    expect(res.body.draft.body).toMatchObject({ ref: 'WEB-SAMPLE-1001', warehouseId: 9 });
    expect(res.body.draft.followUps).toEqual([
      {
        method: 'POST',
        path: '/order-service/order/{orderId}/note',
        body: { text: 'gift', isPublic: false },
      },
    ]);
  });

  it('answers a draft that does not parse with an error side, and a bad body with 400', async () => {
    const res = await post('/preview', {
      entity: 'salesOrder',
      id: ORDER.OrderGUID,
      draft: { ...MAPPING, brightpearl: { channelId: 'one' } },
    }).expect(200);
    expect(res.body.draft.decision).toBe('error');
    expect(res.body.draft.notes).toEqual(
      expect.arrayContaining([expect.stringContaining('brightpearl.channelId')]),
    );
    const bad = await post('/preview', { id: ORDER.OrderGUID }).expect(400);
    expect(bad.body.field).toBe('entity');
    await post('/preview', { entity: 'salesOrder', id: 'not-a-guid' }).expect(400);
    await post('/preview', {
      entity: 'salesOrder',
      id: '11111111-2222-4333-8444-555555555555',
    }).expect(404);
  });

  it('shows a failing transform as an error side with the reason', async () => {
    const draft = { ...MAPPING, transforms: { salesOrder: { statusId: '"urgent"' } } };
    const res = await post('/preview', { entity: 'salesOrder', id: ORDER.OrderGUID, draft });
    expect(res.body.draft).toMatchObject({
      decision: 'error',
      notes: [
        'the Order status transform (statusId) failed: gives text ("urgent") but Order status needs a whole number',
      ],
    });
  });

  it('previews the contact a new customer would get', async () => {
    const draft = {
      ...MAPPING,
      transforms: { contact: { lastName: '$uppercase(customer.CustomerLastName)' } },
    };
    const res = await post('/preview', { entity: 'contact', id: ORDER.OrderGUID, draft });
    expect(res.body.current.body).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(res.body.draft.body).toMatchObject({ firstName: 'Ada', lastName: 'LOVELACE' });
  });

  it('refuses to save a mapping with a bad expression, naming the field', async () => {
    const mapping = MappingConfig.parse({
      ...MAPPING,
      transforms: { salesOrder: { ref: '$uppercse(OrderNumber)' } },
    });
    const validation = await post('/mappings/validate', { mapping }).expect(200);
    expect(validation.body.valid).toBe(false);
    expect(validation.body.issues).toContainEqual({
      path: 'transforms.salesOrder.ref',
      message: 'Line 1, position 1: the function $uppercse does not exist',
      severity: 'error',
    });
    const saved = await request(harness.app)
      .put('/api/v1/mappings')
      .set('Authorization', bearer())
      .send({ mapping })
      .expect(400);
    expect(saved.body.field).toBe('mapping.transforms.salesOrder.ref');
    expect(saved.body.error).toContain('the function $uppercse does not exist');
  });
});
