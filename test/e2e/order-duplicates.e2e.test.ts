import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { brightpearlOrdersByExternalRef, waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

describe('exactly once under duplicates and crashes', () => {
  let rig: SandboxRig;
  const crashOnce = new Set<string>();

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      seed: 11,
      faults: {
        // Simulates the process dying after Brightpearl created the order but before the id was stored.
        afterBrightpearlCreate: (orderGuid) => {
          if (crashOnce.delete(orderGuid))
            throw new Error('injected crash after Brightpearl create');
        },
      },
    });
  });
  afterAll(() => rig.stop());

  it('ignores a redelivered event and a second event for the same order', async () => {
    const order = rig.kentico.placeOrder(rig.generator.nextOrder());
    await waitForWriteBack(rig, [order.OrderGUID]);
    const first = await rig.kentico.whenIdle().then(() => rig.kentico.outbox);
    expect(first.rejected).toEqual([]);

    const [delivered] = await rig.companion.store.query<{ event_id: string }>(
      `SELECT event_id FROM inbox_events WHERE object_key = $1`,
      [order.OrderGUID],
    );
    rig.kentico.redeliver(delivered!.event_id);
    rig.kentico.emitEvent('order.updated', order.OrderGUID);
    await rig.kentico.whenIdle();
    await waitFor(async () => (await rig.companion.queue.depths())['order-sync'] === 0);

    expect(brightpearlOrdersByExternalRef(rig).get(order.OrderGUID)).toHaveLength(1);
  });

  it('creates one sales order when ten events for a new order arrive at once', async () => {
    const order = rig.kentico.placeOrder(rig.generator.nextOrder(), { emit: false });
    for (let i = 0; i < 10; i++) rig.kentico.emitEvent('order.created', order.OrderGUID);
    await waitForWriteBack(rig, [order.OrderGUID]);
    await waitFor(async () => (await rig.companion.queue.depths())['order-sync'] === 0, {
      timeoutMs: 120_000,
    });

    expect(brightpearlOrdersByExternalRef(rig).get(order.OrderGUID)).toHaveLength(1);
  });

  it('recovers from a crash between the Brightpearl create and the local record', async () => {
    const input = rig.generator.nextOrder();
    const order = rig.kentico.placeOrder(input, { emit: false });
    crashOnce.add(order.OrderGUID);
    const searchesBefore = rig.brightpearl.requestLog.count('GET /order-service/order-search');
    rig.kentico.emitEvent('order.created', order.OrderGUID);

    const [synced] = await waitForWriteBack(rig, [order.OrderGUID]);
    expect(crashOnce.has(order.OrderGUID)).toBe(false);
    expect(brightpearlOrdersByExternalRef(rig).get(order.OrderGUID)).toEqual([
      synced!.BpcBrightpearlOrderID,
    ]);
    // The retry found the order by externalRef instead of creating a second one.
    expect(rig.brightpearl.requestLog.count('GET /order-service/order-search')).toBe(
      searchesBefore + 1,
    );
    const [row] = await rig.companion.store.query<{ attempts: number }>(
      `SELECT attempts FROM order_sync WHERE order_guid = $1`,
      [order.OrderGUID],
    );
    expect(row!.attempts).toBe(2);
  });
});
