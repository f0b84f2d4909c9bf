import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { brightpearlOrder, placeSyncedOrder, waitForQueue } from '../support/lifecycle-helpers';
import { waitFor } from '../support/wait-for';

const QUEUES = ['order-status', 'payments', 'refunds', 'customers'];

/** Kentico-side events dropped by the simulator's outbox are recovered by one reconciliation. */
describe('Kentico-side catch-up after dropped events', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 83 });
  });
  afterAll(() => rig.stop());

  const settle = async () => {
    for (const queue of QUEUES) await waitForQueue(rig, queue);
  };
  /** Every Kentico event from now on is lost before its first delivery attempt. */
  const dropEvents = () => rig.kentico.setFaults({ eventDropRate: 1 });
  const deliverEvents = () => rig.kentico.setFaults({});

  it('pushes a status, a refund and a customer change whose events were dropped, and pays the order', async () => {
    const order = await placeSyncedOrder(rig, { lines: 2, status: 'Pending' });
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = brightpearlOrder(rig, order).customer.id;
    await settle();
    const droppedBefore = rig.kentico.faultCounters().eventsDropped;

    dropEvents();
    rig.kentico.setOrderStatus(order.OrderGUID, 'PaymentReceived');
    const refund = rig.kentico.createRefund(order.OrderGUID, {
      lines: [{ sku: order.Items[0]!.OrderItemSKU, quantity: 1 }],
    });
    rig.kentico.updateCustomer(customerGuid, { CustomerFirstName: 'Caught-up' });
    await rig.kentico.whenIdle();
    deliverEvents();
    expect(rig.kentico.faultCounters().eventsDropped - droppedBefore).toBe(3);

    await rig.companion.runReconciliation();

    const payments = () =>
      [...rig.brightpearl.state.payments.values()].filter(
        (p) => p.orderId === order.BpcBrightpearlOrderID && p.paymentType === 'RECEIPT',
      );
    await waitFor(() => brightpearlOrder(rig, order).statusId === 2, { timeoutMs: 30_000 });
    await waitFor(() => payments().length === 1, { timeoutMs: 30_000 });
    await waitFor(
      () => rig.kentico.listRefunds(order.OrderGUID)[0]?.BpcSalesCreditID ?? undefined,
      { timeoutMs: 30_000 },
    );
    await waitFor(() => rig.brightpearl.state.contacts.get(contactId)?.firstName === 'Caught-up', {
      timeoutMs: 30_000,
    });
    const creditId = rig.kentico.listRefunds(order.OrderGUID)[0]!.BpcSalesCreditID!;
    expect(rig.brightpearl.state.orders.get(creditId)).toMatchObject({
      orderTypeCode: 'SC',
      parentOrderId: order.BpcBrightpearlOrderID,
    });
    expect(rig.kentico.listRefunds(order.OrderGUID)[0]!.RefundGUID).toBe(refund.RefundGUID);
    await settle();
    expect(payments()).toHaveLength(1);
  });

  it('costs no Brightpearl call beyond the order existence check when nothing changed', async () => {
    // A paid order and a customer edit whose events did arrive: already synced, nothing to redo.
    const paid = await placeSyncedOrder(rig, { status: 'PaymentReceived' });
    rig.kentico.updateCustomer(paid.Customer.CustomerGUID, { CustomerPhone: '+44 20 7946 0000' });
    await settle();
    // Everything above (and the orders' own echoes) is settled: a first sweep sees the overlap.
    await rig.companion.runReconciliation();
    await settle();
    const before = rig.brightpearl.requestLog.count();
    const result = await rig.companion.runReconciliation();
    await settle();
    expect(result.checked).toBeGreaterThan(0);
    // The only calls are the sweep's own "still in Brightpearl?" reads of synced orders.
    expect(rig.brightpearl.requestLog.count() - before).toBe(result.calls);
    expect(result.calls).toBeGreaterThan(0);
  });
});
