import { flowCalls } from '@bpkc/companion-service';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import {
  brightpearlOrdersByExternalRef,
  placeGeneratedOrders,
  waitForWriteBack,
} from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const SALES_ORDER = 'POST /order-service/sales-order';
const MULTI_MESSAGE = 'POST /multi-message';
const WRITES = [
  SALES_ORDER,
  MULTI_MESSAGE,
  'POST /contact-service/contact',
  'POST /contact-service/postal-address',
];

/**
 * The rig without background callers, and warmed up (SKU cache, the mapping's account check that
 * the first order starts), so every request after it is one an order's meter counts.
 */
async function quietRig(seed: number): Promise<SandboxRig> {
  // 10 requests per rolling 5 s: fifty orders at once are a deep backlog for this budget.
  const rig = await startSandbox({
    cap: 10,
    windowMs: 5_000,
    seed,
    concurrency: 16,
    connectOnListen: false,
    warmProductCache: false,
  });
  await rig.companion.warmProductCache();
  const [first] = placeGeneratedOrders(rig, 1);
  await waitForWriteBack(rig, [first!.OrderGUID]);
  rig.brightpearl.requestLog.reset();
  return rig;
}

async function attributedCalls(rig: SandboxRig, guids: string[]): Promise<number> {
  const [row] = await rig.companion.store.query<{ calls: string | null }>(
    `SELECT sum(brightpearl_calls) AS calls FROM order_sync WHERE order_guid = ANY($1::uuid[])`,
    [guids],
  );
  return Number(row?.calls ?? 0) + (await flowCalls(rig.companion.store, 'payments'));
}

async function expectEachOnce(rig: SandboxRig, guids: string[]): Promise<void> {
  await waitForWriteBack(rig, guids, 300_000);
  const byRef = brightpearlOrdersByExternalRef(rig);
  for (const guid of guids) expect(byRef.get(guid)).toHaveLength(1);
  const status = await rig.companion.status();
  expect(status.orders).toMatchObject({ synced: guids.length + 1, failed: 0 });
  expect(status.deadLetters).toEqual({});
}

describe('creates under backlog go through multi-message', () => {
  let rig: SandboxRig;
  afterEach(() => rig.stop());

  it('fifty orders at once: each created exactly once, in far fewer write requests', async () => {
    rig = await quietRig(13);
    const guids = placeGeneratedOrders(rig, 50).map((order) => order.OrderGUID);
    await expectEachOnce(rig, guids);
    const log = rig.brightpearl.requestLog;
    // Fifty order creates, and each new customer's address(es) and contact, went up to ten per
    // request: single calls would have needed over a hundred writes.
    const writeRequests = WRITES.reduce((sum, endpoint) => sum + log.count(endpoint), 0);
    expect(log.count(MULTI_MESSAGE)).toBeGreaterThan(0);
    expect(writeRequests).toBeLessThanOrEqual(25);
    // Everything included (new customers' searches too): well under two requests per order.
    expect(log.count()).toBeLessThan(75);
    // Each batch counted once, on one order's meter: the figures add up to the true requests.
    expect(await attributedCalls(rig, guids)).toBe(log.count());
  }, 300_000);

  it('with multi-message down, every order and payment still lands exactly once through single calls', async () => {
    rig = await quietRig(14);
    rig.brightpearl.setFaults({ outagePaths: ['/multi-message'] });
    const placed = Array.from({ length: 20 }, () =>
      rig.kentico.placeOrder({ ...rig.generator.nextOrder(), status: 'PaymentReceived' }),
    );
    await expectEachOnce(
      rig,
      placed.map((order) => order.OrderGUID),
    );
    const log = rig.brightpearl.requestLog;
    // The outage was met (and then avoided for the cool-down): the creates went one by one.
    expect(rig.brightpearl.faultCounters().outage).toBeGreaterThan(0);
    expect(log.count(MULTI_MESSAGE)).toBe(0);
    expect(log.count(SALES_ORDER)).toBeGreaterThanOrEqual(20);
    // Payments, which batch through the client's multiMessage, fell back to single calls too.
    const payments = () => [...rig.brightpearl.state.payments.values()];
    const orderIds = placed.map(
      (order) => rig.kentico.getOrder(order.OrderGUID)!.BpcBrightpearlOrderID,
    );
    await waitFor(() => orderIds.every((id) => payments().some((p) => p.orderId === id)), {
      timeoutMs: 120_000,
    });
    for (const id of orderIds) expect(payments().filter((p) => p.orderId === id)).toHaveLength(1);
    expect(log.count('POST /accounting-service/customer-payment')).toBeGreaterThanOrEqual(20);
  }, 300_000);
});
