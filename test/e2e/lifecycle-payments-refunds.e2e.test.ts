import { SANDBOX_MAPPING, type SandboxRig, startSandbox } from '@bpkc/sandbox';

import {
  brightpearlOrder,
  deadLetters,
  placeSyncedOrder,
  waitForQueue,
} from '../support/lifecycle-helpers';
import { waitFor } from '../support/wait-for';

describe('payments and refunds', () => {
  let rig: SandboxRig;
  const payments = () => [...rig.brightpearl.state.payments.values()];

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 20, seed: 41 });
  });
  afterAll(() => rig.stop());

  it('pays each paid order once, batching payments through multi-message', async () => {
    const orders = await Promise.all(
      Array.from({ length: 12 }, () => placeSyncedOrder(rig, { status: 'PaymentReceived' })),
    );
    await waitFor(
      () => orders.every((o) => payments().some((p) => p.orderId === o.BpcBrightpearlOrderID)),
      { timeoutMs: 60_000 },
    );
    for (const order of orders) {
      const mine = payments().filter((p) => p.orderId === order.BpcBrightpearlOrderID);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        paymentType: 'RECEIPT',
        transactionRef: `KC-PAY-${order.OrderGUID}`,
        paymentMethodCode: SANDBOX_MAPPING.payments.methods[order.OrderPaymentMethodName!],
      });
      expect(Number(mine[0]!.amountPaid)).toBeCloseTo(order.OrderGrandTotal, 2);
    }
    expect(rig.brightpearl.requestLog.count('POST /multi-message')).toBeGreaterThan(0);
    // A repeated "paid" event does not pay again.
    rig.kentico.emitEvent('order.status-changed', orders[0]!.OrderGUID);
    await waitForQueue(rig, 'order-status');
    await waitForQueue(rig, 'payments');
    expect(payments().filter((p) => p.orderId === orders[0]!.BpcBrightpearlOrderID)).toHaveLength(
      1,
    );
  });

  it('pays each order exactly once when Brightpearl executes payments but their answers are lost', async () => {
    const orders = await Promise.all(Array.from({ length: 4 }, () => placeSyncedOrder(rig)));
    const landed = (order: (typeof orders)[number]) =>
      payments().filter((p) => p.orderId === order.BpcBrightpearlOrderID);
    rig.brightpearl.setFaults({ errorAfterExecute: 1 });
    try {
      for (const order of orders) rig.kentico.setOrderStatus(order.OrderGUID, 'PaymentReceived');
      await waitFor(() => orders.every((order) => landed(order).length > 0), {
        timeoutMs: 60_000,
      });
    } finally {
      rig.brightpearl.setFaults({});
    }
    // Each job failed (retryably) with its payments' outcome unknown; the retries find them.
    const recorded = async () =>
      (
        await rig.companion.store.query<{ n: number | string }>(
          `SELECT count(*) AS n FROM order_payments
           WHERE state = 'recorded' AND order_guid = ANY($1::uuid[])`,
          [orders.map((order) => order.OrderGUID)],
        )
      )[0]!.n;
    await waitFor(async () => Number(await recorded()) === orders.length, { timeoutMs: 90_000 });
    for (const order of orders) expect(landed(order)).toHaveLength(1);
  });

  it('posts a payment fee as a journal entry, once', async () => {
    const input = rig.generator.nextOrder();
    const order = rig.kentico.placeOrder({ ...input, status: 'PaymentReceived', paymentFee: 1.25 });
    const journals = () =>
      [...rig.brightpearl.state.journalEntries.values()].filter((j) =>
        j.description?.includes(order.OrderGUID),
      );
    await waitFor(() => journals().length === 1, { timeoutMs: 30_000 });
    await waitForQueue(rig, 'payments');
    expect(journals()).toHaveLength(1);
    expect(journals()[0]!.lines).toEqual([
      expect.objectContaining({ nominalCode: '7901', debit: '1.25' }),
      expect.objectContaining({ nominalCode: '1200', credit: '1.25' }),
    ]);
  });

  it('turns a partial Kentico refund into a sales credit with its refund payment', async () => {
    const order = await placeSyncedOrder(rig, { lines: 3, status: 'PaymentReceived' });
    const item = order.Items[1]!;
    const refund = rig.kentico.createRefund(order.OrderGUID, {
      lines: [{ sku: item.OrderItemSKU, quantity: 1 }],
      reason: 'Damaged',
    });
    await waitFor(
      () => rig.kentico.listRefunds(order.OrderGUID)[0]?.BpcSalesCreditID ?? undefined,
      { timeoutMs: 30_000 },
    );
    const creditId = rig.kentico.listRefunds(order.OrderGUID)[0]!.BpcSalesCreditID!;
    const credit = rig.brightpearl.state.orders.get(creditId)!;
    expect(credit).toMatchObject({
      orderTypeCode: 'SC',
      parentOrderId: order.BpcBrightpearlOrderID,
    });
    const total = credit.rows.reduce((sum, row) => sum + row.net + row.tax, 0) / 10_000;
    expect(total).toBeCloseTo(refund.RefundTotal, 2);
    const refundPayment = payments().find((p) => p.orderId === creditId)!;
    expect(refundPayment).toMatchObject({ paymentType: 'PAYMENT' });
    expect(Number(refundPayment.amountPaid)).toBeCloseTo(refund.RefundTotal, 2);
  });

  it('dead-letters a refund larger than the order and an unknown payment method', async () => {
    const order = await placeSyncedOrder(rig, { lines: 1 });
    const refund = rig.kentico.createRefund(order.OrderGUID, {
      extraAmount: order.OrderGrandTotal + 100,
      extraTax: 0,
    });
    const input = rig.generator.nextOrder();
    input.paymentMethod = 'GiftVoucher';
    input.status = 'PaymentReceived';
    const unpaid = rig.kentico.placeOrder(input);
    await waitFor(async () => (await deadLetters(rig)).length >= 2, { timeoutMs: 30_000 });
    const reasons = Object.fromEntries(
      (await deadLetters(rig)).map((row) => [row.record_key, row.reason]),
    );
    expect(reasons[refund.RefundGUID]).toBe('refund-exceeds-order');
    expect(reasons[unpaid.OrderGUID]).toBe('unknown-payment-method');
  });

  it('records a sales credit made in Brightpearl on the Kentico order, with the mapped status', async () => {
    const order = await placeSyncedOrder(rig, { lines: 2 });
    const bp = brightpearlOrder(rig, order);
    const row = bp.rows.find((r) => r.externalRef)!;
    const creditId = rig.brightpearl.createSalesCredit({
      customer: { id: bp.customer.id },
      parentId: bp.id,
      rows: [
        { productId: row.productId, quantity: '1', taxCode: row.taxCode, net: '5.00', tax: '1.00' },
      ],
    });
    await rig.companion.runLifecycleSweep();
    await rig.companion.runLifecycleSweep();
    const refunds = rig.kentico.listRefunds(order.OrderGUID);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({
      BpcSalesCreditID: creditId,
      Origin: 'brightpearl',
      RefundTotal: 6,
    });
    expect(rig.kentico.getOrder(order.OrderGUID)?.OrderStatusName).toBe('Refunded');
  });
});

describe('a sales credit made in Brightpearl that Kentico refuses for good', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    // The lifecycle sweep runs as its scheduled job, so its failures take the queue's failure path.
    rig = await startSandbox({ cap: 100_000, catalogSize: 20, seed: 43, sweepSeconds: 1 });
  });
  afterAll(() => rig.stop());

  it('is dead-lettered once, and the sweep records the other credits', async () => {
    const [refusedOn, fineOn] = [
      await placeSyncedOrder(rig, { lines: 1 }),
      await placeSyncedOrder(rig, { lines: 2 }),
    ];
    const fine = brightpearlOrder(rig, fineOn!);
    const credit = (parent: ReturnType<typeof brightpearlOrder>, row = parent.rows[0]!) =>
      rig.brightpearl.createSalesCredit({
        customer: { id: parent.customer.id },
        parentId: parent.id,
        rows: [
          {
            productId: row.productId,
            quantity: '1',
            taxCode: row.taxCode,
            net: '5.00',
            tax: '1.00',
          },
        ],
      });
    // A line whose product is not on the Kentico order: the bridge answers 400, every time.
    const refusedParent = brightpearlOrder(rig, refusedOn!);
    const onRefused = new Set(refusedParent.rows.map((row) => row.productId));
    credit(
      refusedParent,
      fine.rows.find((row) => row.productId && !onRefused.has(row.productId))!,
    );
    const fineCredit = credit(fine);

    await waitFor(
      () =>
        rig.kentico.listRefunds(fineOn!.OrderGUID).some((r) => r.BpcSalesCreditID === fineCredit),
      { timeoutMs: 30_000 },
    );
    const refusals = async () =>
      (await deadLetters(rig)).filter((row) => row.flow === 'brightpearl-credit');
    await waitFor(async () => (await refusals()).length > 0, { timeoutMs: 30_000 });
    // Several more sweeps go by: the refused credit is skipped, not dead-lettered again.
    const runs = async () =>
      Number(
        (
          await rig.companion.store.query<{ n: string | number }>(
            `SELECT count(*) AS n FROM scheduled_runs WHERE job = 'lifecycle-sweep'`,
          )
        )[0]!.n,
      );
    const seen = await runs();
    await waitFor(async () => (await runs()) >= seen + 3, { timeoutMs: 30_000 });
    expect(await refusals()).toEqual([
      { record_key: refusedOn!.OrderGUID, reason: 'refused', flow: 'brightpearl-credit' },
    ]);
    expect(rig.kentico.listRefunds(refusedOn!.OrderGUID)).toEqual([]);
  });
});
