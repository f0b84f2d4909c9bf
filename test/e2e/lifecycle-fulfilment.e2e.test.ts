import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { brightpearlOrder, placeSyncedOrder, waitForQueue } from '../support/lifecycle-helpers';
import { waitFor } from '../support/wait-for';

describe('shipments and order status', () => {
  let rig: SandboxRig;
  const crashOnce = new Set<string>();

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 20,
      seed: 31,
      faults: {
        afterBrightpearlCreate: (orderGuid) => {
          if (crashOnce.delete(orderGuid))
            throw new Error('injected crash after Brightpearl create');
        },
      },
    });
  });
  afterAll(() => rig.stop());

  it('records a partial shipment, then the rest, each once, with tracking, carrier and status', async () => {
    const order = await placeSyncedOrder(rig, { lines: 2 });
    const bp = brightpearlOrder(rig, order);
    const [first, second] = bp.rows.filter((row) => row.externalRef);
    rig.brightpearl.shipOrder(bp.id, {
      rows: [{ orderRowId: first!.id, quantity: first!.quantity / 10_000 }],
      reference: 'RM123',
      shippingMethodId: 1,
    });
    await waitFor(() => rig.kentico.getShipments(order.OrderGUID).length === 1, {
      timeoutMs: 30_000,
    });
    await waitFor(
      () => rig.kentico.getOrder(order.OrderGUID)?.OrderStatusName === 'PartiallyShipped',
      { timeoutMs: 30_000 },
    );
    expect(rig.kentico.getShipments(order.OrderGUID)[0]).toMatchObject({
      trackingReference: 'RM123',
      carrier: 'Royal Mail',
    });

    rig.brightpearl.shipOrder(bp.id, { reference: 'DPD999', shippingMethodId: 2 });
    await waitFor(() => rig.kentico.getOrder(order.OrderGUID)?.OrderStatusName === 'Fulfilled', {
      timeoutMs: 30_000,
    });
    await waitForQueue(rig, 'shipments');
    const shipments = rig.kentico.getShipments(order.OrderGUID);
    expect(shipments).toHaveLength(2);
    expect(shipments[1]).toMatchObject({
      trackingReference: 'DPD999',
      carrier: 'DPD',
      lines: [{ sku: expect.any(String), quantity: second!.quantity / 10_000 }],
    });
  });

  it('pushes a Kentico-owned status to Brightpearl and pulls a Brightpearl one back, without echoes', async () => {
    const order = await placeSyncedOrder(rig, { status: 'Pending' });
    const bp = brightpearlOrder(rig, order);
    const statusPuts = () =>
      rig.brightpearl.requestLog.count('PUT /order-service/order/:id/status');
    const before = statusPuts();
    rig.kentico.setOrderStatus(order.OrderGUID, 'PaymentReceived');
    await waitFor(() => bp.statusId === 2, { timeoutMs: 30_000 });

    rig.brightpearl.setOrderStatus(bp.id, 4);
    await waitFor(() => rig.kentico.getOrder(order.OrderGUID)?.OrderStatusName === 'Processing', {
      timeoutMs: 30_000,
    });
    await waitForQueue(rig, 'order-status');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await waitForQueue(rig, 'order-status');
    expect(statusPuts() - before).toBe(1);
    expect(bp.statusId).toBe(4);
    expect(rig.kentico.getOrder(order.OrderGUID)?.OrderStatusName).toBe('Processing');
  });

  it('records a shipment that arrives before its order is bound, once the order is', async () => {
    const order = rig.kentico.placeOrder(rig.generator.nextOrder(), { emit: false });
    crashOnce.add(order.OrderGUID);
    rig.kentico.emitEvent('order.created', order.OrderGUID);
    // The order exists in Brightpearl, but the companion crashed before binding it.
    const bp = await waitFor(() =>
      [...rig.brightpearl.state.orders.values()].find((o) => o.externalRef === order.OrderGUID),
    );
    rig.brightpearl.shipOrder(bp.id, { reference: 'EARLY1', shippingMethodId: 1 });
    await waitFor(() => rig.kentico.getShipments(order.OrderGUID).length === 1, {
      timeoutMs: 60_000,
    });
    await waitFor(() => rig.kentico.getOrder(order.OrderGUID)?.OrderStatusName === 'Fulfilled', {
      timeoutMs: 30_000,
    });
    expect(rig.kentico.getOrder(order.OrderGUID)?.BpcBrightpearlOrderID).toBe(bp.id);
  });
});
