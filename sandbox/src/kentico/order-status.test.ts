import { randomUUID } from 'node:crypto';

import { LIFECYCLE_PATHS, PendingOrders, STOCK_PATHS } from '@bpkc/shared-types';

import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { bridgeOrder, emitted, placeSample, signedCall, TEST_SECRET } from './test-support';

describe('PUT /orders/:orderGuid/status', () => {
  let sim: KenticoSimulator;
  const call = (method: 'put', path: string, body?: unknown) =>
    signedCall(sim, { method, path, body });

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
  });
  afterEach(() => sim.close());

  const put = (guid: string, statusName: string, origin = 'brightpearl') =>
    call('put', LIFECYCLE_PATHS.orderStatus(guid), { statusName, origin });

  it('sets the status, bumps OrderModifiedWhen and emits the event whatever the origin', async () => {
    const order = placeSample(sim);
    await put(order.OrderGUID, 'Processing').expect(204);
    const changed = sim.getOrder(order.OrderGUID);
    expect(changed).toMatchObject({
      OrderStatusName: 'Processing',
      OrderOrderStatusID: 3,
      lastStatusOrigin: 'brightpearl',
    });
    expect((changed?.OrderModifiedWhen ?? '') > order.OrderModifiedWhen).toBe(true);
    // Thin and identical for both origins: the companion must recognise its own echo.
    await put(order.OrderGUID, 'fulfilled', 'kentico').expect(204); // code names: any case
    expect(sim.getOrder(order.OrderGUID)).toMatchObject({
      OrderStatusName: 'Fulfilled',
      lastStatusOrigin: 'kentico',
    });
    const statusEvents = sim.emittedEvents();
    expect(emitted(sim)).toEqual([
      ['order.status-changed', order.OrderGUID],
      ['order.status-changed', order.OrderGUID],
    ]);
    expect(statusEvents[0]?.occurredAt).toBe(changed?.OrderModifiedWhen);
    // The origin is for tests only: not part of what the bridge serves.
    expect(await bridgeOrder(sim, order.OrderGUID)).not.toHaveProperty('lastStatusOrigin');
  });

  it('answers 204 without an event or a bump when the status is already set', async () => {
    const order = placeSample(sim);
    await put(order.OrderGUID, 'Pending').expect(204);
    expect(sim.getOrder(order.OrderGUID)).toEqual(order); // no origin recorded either
    expect(sim.emittedEvents()).toEqual([]);
  });

  it('answers 400 naming the field, 404 for an unknown order, and writes nothing', async () => {
    const order = placeSample(sim);
    const path = LIFECYCLE_PATHS.orderStatus(order.OrderGUID);
    const cases: Array<[unknown, string]> = [
      [{ statusName: 'Shipped', origin: 'brightpearl' }, 'statusName'],
      [{ statusName: '', origin: 'brightpearl' }, 'statusName'],
      [{ statusName: 'Processing', origin: 'erp' }, 'origin'],
      [{ statusName: 'Processing' }, 'origin'],
    ];
    for (const [body, field] of cases) {
      const res = await call('put', path, body);
      expect([res.status, res.body.field]).toEqual([400, field]);
    }
    expect((await call('put', path, '{nope')).status).toBe(400);
    const badGuid = await put('not-a-guid', 'Processing').expect(400);
    expect(badGuid.body).toMatchObject({ field: 'orderGuid' });
    await put(randomUUID(), 'Processing').expect(404);
    expect(sim.getOrder(order.OrderGUID)).toEqual(order);
    expect(sim.emittedEvents()).toEqual([]);
    expect(sim.requestLog.count('PUT /orders/:orderGuid/status')).toBe(7);
  });

  it('keeps the admin change: same status still bumps and emits, origin kentico', () => {
    const order = placeSample(sim);
    const changed = sim.setOrderStatus(order.OrderGUID, 'Pending');
    expect(changed).toMatchObject({ OrderStatusName: 'Pending', lastStatusOrigin: 'kentico' });
    expect(changed.OrderModifiedWhen > order.OrderModifiedWhen).toBe(true);
    expect(emitted(sim)).toEqual([['order.status-changed', order.OrderGUID]]);
  });

  it('knows the statuses Brightpearl reports back, and a cancelled order stops being pending', async () => {
    const order = placeSample(sim);
    const pending = async () => {
      const res = await signedCall(sim, { method: 'get', path: STOCK_PATHS.pendingOrders });
      return PendingOrders.parse(res.body).orders.map((o) => o.OrderGUID);
    };
    expect(await pending()).toEqual([order.OrderGUID]);
    for (const statusName of ['PartiallyShipped', 'Refunded', 'Cancelled']) {
      await put(order.OrderGUID, statusName).expect(204);
      expect(sim.getOrder(order.OrderGUID)?.OrderStatusName).toBe(statusName);
    }
    expect(await pending()).toEqual([]);
  });
});
