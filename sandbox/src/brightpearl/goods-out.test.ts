import request from 'supertest';

import { fulfilmentShop } from './goods-out-test-support';
import { PREFIX, TOKEN_HEADERS, testApi } from './test-support';

describe('Brightpearl simulator: goods-out notes', () => {
  const api = testApi();
  const shop = fulfilmentShop(api);
  afterAll(() => api.sim.close());

  const gonPath = (gonId: number) => `/warehouse-service/goods-note/goods-out/${gonId}`;
  const createNote = async (orderId: number, body: unknown) =>
    api.post(`/warehouse-service/order/${orderId}/goods-note/goods-out`, body);

  it('creates a note for rows of the order, answers [id] and serves the §8.2 shape', async () => {
    const { orderId, widgetRow } = await shop.placeOrder();
    const line = { productId: shop.widgetId, salesOrderRowId: widgetRow.id, quantity: 1 };
    const res = await createNote(orderId, shop.noteBody(line));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ response: [expect.any(Number)] });
    const gonId = res.body.response[0] as number;
    const byOrder = await api.get(`/warehouse-service/order/${orderId}/goods-note/goods-out/`);
    const byStar = await api.get(`/warehouse-service/order/*/goods-note/goods-out/${gonId}`);
    expect(byOrder.body).toEqual(byStar.body);
    expect(byStar.body.response[String(gonId)]).toMatchObject({
      orderId,
      warehouseId: 2,
      transfer: false,
      priority: false,
      status: { printed: false, picked: false, packed: false, shipped: false },
      shipping: { reference: '', shippingMethodId: 2 },
      orderRows: { [String(widgetRow.id)]: [{ productId: shop.widgetId, quantity: 1 }] },
      sequence: 1,
      events: [{ eventCode: 'PLA', eventOwnerId: 4, occured: expect.any(String) }],
      lastEventVersion: expect.any(Number),
    });
  });

  it('refuses rows of another order, untracked products and more than is left to note', async () => {
    const first = await shop.placeOrder();
    const other = await shop.placeOrder();
    const widget = { productId: shop.widgetId, salesOrderRowId: first.widgetRow.id };
    const foreign = await createNote(other.orderId, shop.noteBody({ ...widget, quantity: 1 }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].message).toMatch(/is not on order/);
    const wrap = { productId: shop.serviceId, salesOrderRowId: first.wrapRow.id, quantity: 1 };
    expect((await createNote(first.orderId, shop.noteBody(wrap))).status).toBe(400);
    expect(
      (await createNote(first.orderId, shop.noteBody({ ...widget, quantity: 3 }))).status,
    ).toBe(400);
    expect(
      (await createNote(first.orderId, shop.noteBody({ ...widget, quantity: 2 }))).status,
    ).toBe(200);
    const again = await createNote(first.orderId, shop.noteBody({ ...widget, quantity: 1 }));
    expect(again.body.errors[0].message).toMatch(/exceeds the 0 of row/);
    expect((await createNote(999, shop.noteBody({ ...widget, quantity: 1 }))).status).toBe(404);
  });

  it('asks for a note id set with * and caps id sets at 500', async () => {
    expect((await api.get('/warehouse-service/order/*/goods-note/goods-out')).status).toBe(400);
    const res = await api.get('/warehouse-service/order/1-501/goods-note/goods-out');
    expect(res.status).toBe(400);
  });

  it('takes tracking before shipping, events with If-Match, and nothing after SHW', async () => {
    const { orderId, widgetRow } = await shop.placeOrder();
    const line = { productId: shop.widgetId, salesOrderRowId: widgetRow.id, quantity: 2 };
    const gonId = (await createNote(orderId, shop.noteBody(line))).body.response[0] as number;
    const tracking = { priority: true, shipping: { reference: 'RM123', shippingMethodId: 1 } };
    expect(await api.put(gonPath(gonId), tracking)).toMatchObject({ status: 200, body: {} });
    const note = () => api.sim.state.goodsOutNotes.get(gonId)!;
    const event = (eventCode: string) => ({
      events: [{ eventCode, occured: '2026-05-02T15:04:05+00:00', eventOwnerId: 4 }],
    });
    const post = (body: unknown, version: string) =>
      request(api.sim.app)
        .post(`${PREFIX}${gonPath(gonId)}/event`)
        .set({ ...TOKEN_HEADERS, 'if-match': version })
        .send(body as object);
    expect((await post(event('PRI'), '12')).status).toBe(412);
    expect((await post(event('PRI'), String(note().lastEventVersion))).status).toBe(200);
    expect((await post(event('SHW'), `"${note().lastEventVersion}"`)).status).toBe(200);
    const view = (await api.get(`/warehouse-service/order/*/goods-note/goods-out/${gonId}`)).body
      .response[String(gonId)];
    expect(view.events.map((e: { eventCode: string }) => e.eventCode)).toEqual([
      'PLA',
      'PRI',
      'PIC',
      'PAC',
      'SHW',
    ]);
    expect(view.status).toMatchObject({
      shipped: true,
      shippedOn: '2026-05-02T15:04:05.000+00:00',
      shippedById: 4,
    });
    expect(view.shipping).toEqual({ reference: 'RM123', shippingMethodId: 1 });
    expect(view.priority).toBe(true);
    const late = await api.put(gonPath(gonId), { shipping: { reference: 'LATE' } });
    expect(late.status).toBe(400);
    expect((await api.post(`${gonPath(gonId)}/event`, event('PAC'))).status).toBe(400);
    expect(note().shipping.reference).toBe('RM123');
  });
});
