import { ORDER_ADDRESS_TYPES } from '@bpkc/shared-types';
import request from 'supertest';

import { address, testOrder } from '../sync/order-gate/checks/test-order';
import { addDeadLetter, bearer, type Harness, jobsOf, openHarness } from './test-harness';

const ORDER = 'dddddddd-0000-4000-8000-000000000001';
const OTHER = 'dddddddd-0000-4000-8000-000000000002';
const { billing, shipping } = ORDER_ADDRESS_TYPES;

describe('admin API: edit and replay', () => {
  let harness: Harness;
  const ids: Record<string, number> = {};
  const get = (path: string) => request(harness.app).get(path).set('Authorization', bearer());
  const post = (path: string, body?: object) =>
    request(harness.app).post(path).set('Authorization', bearer()).send(body);

  beforeAll(async () => {
    const kentico = {
      getOrder: async (orderGuid: string) =>
        testOrder({
          OrderGUID: orderGuid,
          OrderNumber: 'ORD-9',
          Addresses: [address(billing), address(shipping, { OrderAddressZip: 'LS1 1A' })],
        }),
    };
    harness = await openHarness({ deps: { shaping: { kentico } } });
    for (const guid of [ORDER, OTHER]) {
      await harness.store.query(
        `INSERT INTO order_sync (order_guid, order_number, state) VALUES ($1, 'ORD-9', 'dead-lettered')`,
        [guid],
      );
    }
    ids.address = await addDeadLetter(harness.store, {
      flow: 'order',
      recordKey: ORDER,
      reason: 'invalid-address',
    });
    ids.sku = await addDeadLetter(harness.store, {
      flow: 'order',
      recordKey: OTHER,
      reason: 'unknown-sku',
    });
  });
  afterAll(() => harness.close());

  it("prefills the dialog with Kentico's values", async () => {
    const res = await get(`/api/v1/failures/${ids.address}/editable`).expect(200);
    expect(res.body).toMatchObject({
      orderGuid: ORDER,
      orderNumber: 'ORD-9',
      values: { shipping: { postcode: 'LS1 1A', city: 'Leeds' } },
    });
  });

  it('refuses bad input with 400 naming the field, and failures that are not data problems', async () => {
    const path = `/api/v1/failures/${ids.address}/edit-and-replay`;
    expect((await post(path, {}).expect(400)).body.field).toBe('override');
    expect((await post(path, { override: {} }).expect(400)).body.field).toBe('override');
    const country = await post(path, { override: { shipping: { countryIsoCode3: 'France' } } });
    expect(country.status).toBe(400);
    expect(country.body.field).toBe('override.shipping.countryIsoCode3');
    const email = await post(path, { override: { customerEmail: 'not-an-email' } }).expect(400);
    expect(email.body.field).toBe('override.customerEmail');
    const unknownField = await post(path, { override: { shipping: { colour: 'red' } } });
    expect(unknownField.status).toBe(400);
    const sku = await post(`/api/v1/failures/${ids.sku}/edit-and-replay`, {
      override: { shipping: { postcode: 'LS1 1AA' } },
    }).expect(409);
    expect(sku.body.error).toMatch(/not about data you can edit/);
  });

  it('stores the override and replays in one go; audit names fields, never values', async () => {
    const res = await post(`/api/v1/failures/${ids.address}/edit-and-replay`, {
      override: { shipping: { postcode: 'LS1 1AA' } },
    }).expect(200);
    expect(res.body.replayed).toEqual([
      { id: ids.address, flow: 'order', recordKey: ORDER, jobId: expect.any(String) },
    ]);
    const [override] = await harness.store.query(
      `SELECT override, updated_by FROM order_overrides`,
    );
    expect(override).toEqual({
      override: { shipping: { postcode: 'LS1 1AA' } },
      updated_by: 'alice',
    });
    expect(await jobsOf(harness.store, 'order-sync')).toEqual([
      { orderGuid: ORDER, trigger: 'replay' },
    ]);
    const audit = await get(`/api/v1/audit?target=order:${ORDER}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'order.edit',
      details: { failureId: ids.address, fields: ['shipping.postcode'] },
    });
    expect(JSON.stringify(audit.body)).not.toContain('LS1 1AA');
    const timeline = (await get(`/api/v1/orders/${ORDER}`).expect(200)).body.timeline;
    expect(timeline.map((e: { title: string }) => e.title)).toContain('order.edit by alice');
    await post(`/api/v1/failures/${ids.address}/edit-and-replay`, {
      override: { shipping: { postcode: 'LS1 1AA' } },
    }).expect(409);
  });
});
