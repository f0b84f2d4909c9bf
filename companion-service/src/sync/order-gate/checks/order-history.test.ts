import { pruneExpired } from '../../../retention';
import { testBackends } from '../../../store/test-stores';
import { useMigratedStore } from './history-test-store';
import { recentOrderFigures, recordOrderHistory } from './order-history';
import { testOrder } from './test-order';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;

describe.each(testBackends(POSTGRES_URL))('order gate history ($name)', (backend) => {
  const store = useMigratedStore(backend);

  it('records an order once, however often it is evaluated, with no e-mail address', async () => {
    const order = testOrder();
    await recordOrderHistory(store(), order);
    await recordOrderHistory(store(), { ...order, OrderGrandTotal: 999 });

    const rows = await store().query(`SELECT * FROM order_gate_history`);
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.grand_total)).toBe(33.5);
    expect(rows[0]!.units).toBe(3);
    expect(JSON.stringify(rows)).not.toContain('ann@example.com');
    expect(rows[0]!.email_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads recent orders of the same currency, newest first, without the order itself', async () => {
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00+00:00`;
    for (const [day, total, currency] of [
      [1, 10, 'GBP'],
      [2, 20, 'GBP'],
      [3, 30, 'EUR'],
    ] as const) {
      await recordOrderHistory(
        store(),
        testOrder({ OrderCreatedWhen: at(day), OrderGrandTotal: total, BpcCurrencyCode: currency }),
      );
    }
    const order = testOrder({ OrderCreatedWhen: at(4), OrderGrandTotal: 40 });
    await recordOrderHistory(store(), order);

    expect(await recentOrderFigures(store(), order)).toEqual([
      { grandTotal: 20, units: 3 },
      { grandTotal: 10, units: 3 },
    ]);
  });

  it('is pruned by retention once orders were placed before the period', async () => {
    const old = testOrder({ OrderCreatedWhen: '2026-05-01T00:00:00+00:00' });
    const recent = testOrder({ OrderCreatedWhen: '2026-06-25T00:00:00+00:00' });
    await recordOrderHistory(store(), old);
    await recordOrderHistory(store(), recent);

    const result = await pruneExpired(store(), {
      retentionDays: 30,
      now: new Date('2026-06-30T12:00:00Z'),
    });

    expect(result.runLogs.order_gate_history).toBe(1);
    const left = await store().query<{ order_guid: string }>(
      `SELECT order_guid FROM order_gate_history`,
    );
    expect(left.map((row) => row.order_guid)).toEqual([recent.OrderGUID]);
  });
});
