/**
 * npm run bench:lifecycle — Brightpearl calls per shipment, per refund and per customer update,
 * measured on the sandbox from the simulator's request log. Prints one JSON line.
 */
import { startSandbox } from '@bpkc/sandbox';
import type { KenticoOrder } from '@bpkc/shared-types';

import { placeSyncedOrder, waitForQueue } from '../support/lifecycle-helpers';
import { waitFor } from '../support/wait-for';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);

async function main(): Promise<void> {
  const rig = await startSandbox({ cap: 100_000, catalogSize: 50, seed: 99 });
  try {
    const orders: KenticoOrder[] = [];
    for (let i = 0; i < SAMPLES; i++)
      orders.push(await placeSyncedOrder(rig, { status: 'PaymentReceived' }));
    await waitForQueue(rig, 'payments');
    await waitForQueue(rig, 'stock-sync');
    const calls = () => rig.brightpearl.requestLog.count();
    const perShipment = await measure(calls, SAMPLES, async () => {
      for (const order of orders)
        rig.brightpearl.shipOrder(order.BpcBrightpearlOrderID!, {
          reference: 'T',
          shippingMethodId: 1,
        });
      await waitFor(() => orders.every((o) => rig.kentico.getShipments(o.OrderGUID).length === 1), {
        timeoutMs: 120_000,
      });
      await waitForQueue(rig, 'shipments');
    });
    const perRefund = await measure(calls, SAMPLES, async () => {
      for (const order of orders)
        rig.kentico.createRefund(order.OrderGUID, {
          lines: [{ sku: order.Items[0]!.OrderItemSKU, quantity: 1 }],
        });
      await waitFor(
        () => orders.every((o) => rig.kentico.listRefunds(o.OrderGUID)[0]?.BpcSalesCreditID),
        { timeoutMs: 120_000 },
      );
    });
    const customers = [...new Map(orders.map((o) => [o.Customer.CustomerGUID, o])).values()];
    const perCustomer = await measure(calls, customers.length, async () => {
      for (const order of customers) {
        rig.kentico.updateCustomer(order.Customer.CustomerGUID, {
          CustomerLastName: `Moved-${order.OrderNumber}`,
        });
      }
      await waitForQueue(rig, 'customers');
    });
    console.log(
      JSON.stringify({
        samples: SAMPLES,
        customers: customers.length,
        callsPerShipment: perShipment,
        callsPerRefund: perRefund,
        callsPerCustomerUpdate: perCustomer,
      }),
    );
  } finally {
    await rig.stop();
  }

  async function measure(
    calls: () => number,
    count: number,
    work: () => Promise<void>,
  ): Promise<number> {
    const before = calls();
    await work();
    return Math.round(((calls() - before) / count) * 100) / 100;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
