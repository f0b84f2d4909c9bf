import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { dropBackendSchemas, e2eBackends } from '../support/backends';
import { expectMirrored } from '../support/order-expectations';
import {
  brightpearlOrdersByExternalRef,
  placeGeneratedOrders,
  waitForWriteBack,
} from '../support/sandbox-helpers';

describe.each(e2eBackends())('Kentico order → Brightpearl sales order on $name', (backend) => {
  let rig: SandboxRig;

  beforeAll(async () => {
    // The budget is not under test here (see order-budget); a roomy cap keeps the run short.
    rig = await startSandbox({ cap: 100_000, catalogSize: 60, seed: 7, ...backend });
  });
  afterAll(async () => {
    await rig.stop();
    await dropBackendSchemas(backend);
  });

  it('puts 200 generated orders into Brightpearl exactly once, with the right content', async () => {
    const placed = placeGeneratedOrders(rig, 200);
    // Generous limits: 200 orders take 30-50 s alone, but this shares 2 cores with the rest of
    // the suite; the wait's own limit comes first so a stall fails with what was still missing.
    const orders = await waitForWriteBack(
      rig,
      placed.map((order) => order.OrderGUID),
      270_000,
    );

    const byRef = brightpearlOrdersByExternalRef(rig);
    expect(rig.brightpearl.state.orders.size).toBe(200);
    for (const order of orders) {
      expect(byRef.get(order.OrderGUID)).toEqual([order.BpcBrightpearlOrderID]);
      expectMirrored(rig, order);
    }
    const lineCounts = new Set(orders.map((order) => order.Items.length));
    expect(Math.min(...lineCounts)).toBe(1);
    expect(Math.max(...lineCounts)).toBeGreaterThanOrEqual(5);

    // One Brightpearl contact per customer: returning customers were not created twice.
    const emails = new Set(orders.map((order) => order.Customer.CustomerEmail.toLowerCase()));
    expect(emails.size).toBeLessThan(200);
    expect(rig.brightpearl.state.contacts.size).toBe(emails.size);

    const status = await rig.companion.status();
    expect(status.orders).toMatchObject({ received: 200, synced: 200, failed: 0, pending: 0 });
    expect(status.deadLetters).toEqual({});
  }, 300_000);
});
