import { randomUUID } from 'node:crypto';

import { KenticoOrder, LIFECYCLE_PATHS, type ShipmentBody } from '@bpkc/shared-types';

import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { bridgeOrder, placeSample, signedCall, TEST_SECRET } from './test-support';

describe('PUT /orders/:orderGuid/shipments/:goodsOutNoteId', () => {
  let sim: KenticoSimulator;
  const call = (method: 'put', path: string, body?: unknown) =>
    signedCall(sim, { method, path, body });

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
  });
  afterEach(() => sim.close());

  const shipment = (overrides: Partial<ShipmentBody> = {}): ShipmentBody => ({
    trackingReference: 'JD000123',
    carrier: 'DPD',
    shippedAt: '2026-03-02T09:30:00+00:00',
    lines: [{ sku: 'BPK-0001', quantity: 3 }],
    ...overrides,
  });

  it('stores one row per goods-out note, idempotently, without touching the order', async () => {
    const order = placeSample(sim);
    const path = LIFECYCLE_PATHS.shipment(order.OrderGUID, 501);
    await call('put', path, shipment()).expect(204);
    // Same note again, keys in another order: a retry, not a second parcel.
    const reordered = Object.fromEntries(Object.entries(shipment()).reverse());
    await call('put', path, reordered).expect(204);
    expect(sim.getShipments(order.OrderGUID)).toEqual([{ goodsOutNoteId: 501, ...shipment() }]);
    // The tracking number arrives later on the same note: updated in place.
    await call('put', path, shipment({ trackingReference: 'JD000999' })).expect(204);
    const second = shipment({ carrier: null, trackingReference: null, lines: [] });
    await call('put', LIFECYCLE_PATHS.shipment(order.OrderGUID.toUpperCase(), 502), second);
    expect(sim.getShipments(order.OrderGUID)).toEqual([
      { goodsOutNoteId: 501, ...shipment({ trackingReference: 'JD000999' }) },
      { goodsOutNoteId: 502, ...second },
    ]);
    expect(sim.getOrder(order.OrderGUID)).toEqual(order);
    expect(sim.emittedEvents()).toEqual([]);
    expect(sim.requestLog.count('PUT /orders/:orderGuid/shipments/:goodsOutNoteId')).toBe(4);
  });

  it('serves the shipments as BpcShipments on GET /orders/:guid, still a valid KenticoOrder', async () => {
    const order = placeSample(sim);
    expect(await bridgeOrder(sim, order.OrderGUID)).toMatchObject({ BpcShipments: [] });
    await call('put', LIFECYCLE_PATHS.shipment(order.OrderGUID, 7), shipment()).expect(204);
    const served = await bridgeOrder(sim, order.OrderGUID);
    expect(served.BpcShipments).toEqual([{ goodsOutNoteId: 7, ...shipment() }]);
    expect(KenticoOrder.parse(served)).toEqual(order);
  });

  it('answers 400 naming the field and 404 for an unknown order', async () => {
    const order = placeSample(sim);
    const base = `/orders/${order.OrderGUID}/shipments`;
    const cases: Array<[string, unknown, string]> = [
      [`${base}/0`, shipment(), 'goodsOutNoteId'],
      [`${base}/1e3`, shipment(), 'goodsOutNoteId'],
      [`${base}/abc`, shipment(), 'goodsOutNoteId'],
      [`${base}/1`, shipment({ shippedAt: '2026-03-02' }), 'shippedAt'],
      [`${base}/1`, shipment({ lines: [{ sku: 'X', quantity: 0 }] }), 'lines.0.quantity'],
      [`${base}/1`, { ...shipment(), carrier: undefined }, 'carrier'],
      ['/orders/nope/shipments/1', shipment(), 'orderGuid'],
    ];
    for (const [path, body, field] of cases) {
      const res = await call('put', path, body);
      expect([res.status, res.body.field]).toEqual([400, field]);
    }
    await call('put', LIFECYCLE_PATHS.shipment(randomUUID(), 1), shipment()).expect(404);
    expect(sim.getShipments(order.OrderGUID)).toEqual([]);
  });
});
