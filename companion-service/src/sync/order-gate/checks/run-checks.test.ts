import type { Db } from '../../../store';
import { testBackends } from '../../../store/test-stores';
import { useMigratedStore } from './history-test-store';
import { recordOrderHistory } from './order-history';
import { runChecks } from './run-checks';
import { address, allChecks, testOrder } from './test-order';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;

/** A Db that counts the statements it is asked to run. */
function counting(db: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    db: {
      query: (sql, params) => {
        statements.push(sql);
        return db.query(sql, params);
      },
      transaction: (work) => db.transaction(work),
    },
  };
}

const faulty = () =>
  testOrder({
    OrderGrandTotal: 40,
    Addresses: [address('Billing', { OrderAddressZip: 'SW1A 1A', OrderAddressPhone: '12' })],
  });

describe.each(testBackends(POSTGRES_URL))('runChecks ($name)', (backend) => {
  const store = useMigratedStore(backend);

  it('runs no check and no query when every check is off', async () => {
    const { db, statements } = counting(store());
    expect(await runChecks({ db }, faulty(), allChecks('off'))).toEqual([]);
    expect(statements).toEqual([]);
  });

  it("stamps each finding with its check and the check's mode", async () => {
    const config = allChecks('off', {
      address: { mode: 'block' },
      phone: { mode: 'warn' },
      totals: { mode: 'hold' },
    });
    const findings = await runChecks({ db: store() }, faulty(), config);
    expect(findings.map(({ source, outcome, field }) => ({ source, outcome, field }))).toEqual([
      { source: 'address', outcome: 'block', field: 'Addresses.Billing.OrderAddressZip' },
      { source: 'phone', outcome: 'warn', field: 'Addresses.Billing.OrderAddressPhone' },
      { source: 'totals', outcome: 'hold', field: 'OrderGrandTotal' },
    ]);
  });

  it('reads the history once for both outlier checks, and once for duplicates', async () => {
    const order = testOrder();
    await recordOrderHistory(store(), order);
    const { db, statements } = counting(store());
    expect(await runChecks({ db }, order, allChecks('warn'))).toEqual([]);
    expect(statements).toHaveLength(2);
  });

  it('finds nothing in a good order with every check on', async () => {
    expect(await runChecks({ db: store() }, testOrder(), allChecks('block'))).toEqual([]);
  });
});
