import { MappingConfig } from '@bpkc/shared-types';
import { SANDBOX_MAPPING, type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { deadLetters, placeSyncedOrder, waitForQueue } from '../support/lifecycle-helpers';
import { waitFor } from '../support/wait-for';

describe('lifecycle edge cases', () => {
  let rig: SandboxRig;
  const payments = () => [...rig.brightpearl.state.payments.values()];

  beforeAll(async () => {
    // Kentico also owns "Fulfilled" here, but the mapping forgot its Brightpearl status.
    const mapping = MappingConfig.parse({
      ...SANDBOX_MAPPING,
      statusSync: {
        ...SANDBOX_MAPPING.statusSync,
        kenticoOwned: [...SANDBOX_MAPPING.statusSync.kenticoOwned, 'Fulfilled'],
      },
    });
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 61, mapping });
  });
  afterAll(() => rig.stop());

  it('dead-letters a Kentico-owned status with no Brightpearl status', async () => {
    const order = await placeSyncedOrder(rig);
    rig.kentico.setOrderStatus(order.OrderGUID, 'Fulfilled');
    await waitFor(async () =>
      (await deadLetters(rig)).find((row) => row.record_key === order.OrderGUID),
    );
    const letter = (await deadLetters(rig)).find((row) => row.record_key === order.OrderGUID)!;
    expect(letter).toMatchObject({ flow: 'order-status', reason: 'unmapped-order-status' });
  });

  it('ends correct when the refund comes before the payment', async () => {
    const order = await placeSyncedOrder(rig, { lines: 2, status: 'Pending' });
    rig.kentico.createRefund(order.OrderGUID, {
      lines: [{ sku: order.Items[0]!.OrderItemSKU, quantity: 1 }],
    });
    await waitFor(
      () => rig.kentico.listRefunds(order.OrderGUID)[0]?.BpcSalesCreditID ?? undefined,
      { timeoutMs: 30_000 },
    );
    rig.kentico.setOrderStatus(order.OrderGUID, 'PaymentReceived');
    await waitFor(() => payments().some((p) => p.orderId === order.BpcBrightpearlOrderID), {
      timeoutMs: 30_000,
    });
    await waitForQueue(rig, 'payments');
    const creditId = rig.kentico.listRefunds(order.OrderGUID)[0]!.BpcSalesCreditID!;
    expect(
      payments().filter(
        (p) => p.orderId === order.BpcBrightpearlOrderID && p.paymentType === 'RECEIPT',
      ),
    ).toHaveLength(1);
    expect(
      payments().filter((p) => p.orderId === creditId && p.paymentType === 'PAYMENT'),
    ).toHaveLength(1);
  });

  it('ignores a duplicated refund event', async () => {
    const order = await placeSyncedOrder(rig, { lines: 1 });
    const refund = rig.kentico.createRefund(order.OrderGUID, {
      lines: [{ sku: order.Items[0]!.OrderItemSKU, quantity: 1 }],
    });
    rig.kentico.emitEvent('refund.created', refund.RefundGUID);
    rig.kentico.emitEvent('refund.created', refund.RefundGUID);
    await waitFor(
      () => rig.kentico.listRefunds(order.OrderGUID)[0]?.BpcSalesCreditID ?? undefined,
      { timeoutMs: 30_000 },
    );
    await waitForQueue(rig, 'refunds');
    const credits = [...rig.brightpearl.state.orders.values()].filter(
      (o) => o.parentOrderId === order.BpcBrightpearlOrderID,
    );
    expect(credits).toHaveLength(1);
  });
});
