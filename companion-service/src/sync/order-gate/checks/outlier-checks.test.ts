import type { KenticoOrder } from '@bpkc/shared-types';

import { testBackends } from '../../../store/test-stores';
import { useMigratedStore } from './history-test-store';
import { recordOrderHistory } from './order-history';
import { runChecks } from './run-checks';
import { allChecks, item, testOrder } from './test-order';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;

const outliersOnly = (minHistory = 30) =>
  allChecks('off', {
    valueOutlier: { mode: 'hold', minHistory },
    quantityOutlier: { mode: 'warn', minHistory },
  });

/** An order of `units` × one SKU whose grand total is `total` (totals do not matter here). */
const orderOf = (total: number, units = 2, overrides: Partial<KenticoOrder> = {}) =>
  testOrder({ OrderGrandTotal: total, Items: [item('A', units, 1)], ...overrides });

describe.each(testBackends(POSTGRES_URL))('outlier checks ($name)', (backend) => {
  const store = useMigratedStore(backend);

  /** 40 usual orders: totals £50–£89.50 (median £69.50), 1–3 units. */
  const seedUsualOrders = async (currency = 'GBP') => {
    for (let index = 0; index < 40; index += 1) {
      const order = orderOf(50 + index * 0.5 + (index % 3) * 10, 1 + (index % 3), {
        BpcCurrencyCode: currency,
      });
      await recordOrderHistory(store(), order);
    }
  };

  const judge = async (order: KenticoOrder, minHistory?: number) => {
    await recordOrderHistory(store(), order);
    return runChecks({ db: store() }, order, outliersOnly(minHistory));
  };

  it('finds nothing unusual in a usual order', async () => {
    await seedUsualOrders();
    expect(await judge(orderOf(70, 2))).toEqual([]);
  });

  it('flags a total and a quantity far above the usual, with the median in the reason', async () => {
    await seedUsualOrders();
    expect(await judge(orderOf(4980, 120))).toEqual([
      {
        source: 'valueOutlier',
        outcome: 'hold',
        reason: "Order total £4,980.00 is far above this store's usual orders (median £69.50)",
        field: 'OrderGrandTotal',
      },
      {
        source: 'quantityOutlier',
        outcome: 'warn',
        reason: "Order has 120 items, far above this store's usual orders (median 2 items)",
        field: 'Items',
      },
    ]);
  });

  it('judges only once minHistory orders are known', async () => {
    await seedUsualOrders();
    expect(await judge(orderOf(4980, 120), 41)).toEqual([]);
  });

  it('compares only with orders in the same currency', async () => {
    await seedUsualOrders('EUR');
    expect(await judge(orderOf(4980, 120))).toEqual([]);
  });

  it('does not flag a slightly different order in a store whose orders are all alike', async () => {
    for (let index = 0; index < 30; index += 1) await recordOrderHistory(store(), orderOf(10, 1));
    expect(await judge(orderOf(20, 2))).toEqual([]);
    const flagged = await judge(orderOf(100, 20));
    expect(flagged.map((finding) => finding.source)).toEqual(['valueOutlier', 'quantityOutlier']);
  });
});
