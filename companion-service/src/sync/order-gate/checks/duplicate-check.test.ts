import type { KenticoOrder } from '@bpkc/shared-types';

import { testBackends } from '../../../store/test-stores';
import { useMigratedStore } from './history-test-store';
import { recordOrderHistory } from './order-history';
import { runChecks } from './run-checks';
import { allChecks, item, testOrder } from './test-order';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;

const duplicateOnly = allChecks('off', { duplicate: { mode: 'hold', windowMinutes: 10 } });

const placed = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00+00:00`;

const orderAt = (minute: number, overrides: Record<string, unknown> = {}) =>
  testOrder({ OrderNumber: `ORD-${minute}`, OrderCreatedWhen: placed(minute), ...overrides });

describe.each(testBackends(POSTGRES_URL))('duplicate check ($name)', (backend) => {
  const store = useMigratedStore(backend);

  /** What the gate does: remember the order, then judge it. */
  const evaluate = async (order: KenticoOrder) => {
    await recordOrderHistory(store(), order);
    return runChecks({ db: store() }, order, duplicateOnly);
  };

  it('flags the same customer and basket within the window, naming the other order', async () => {
    expect(await evaluate(orderAt(0))).toEqual([]);
    expect(await evaluate(orderAt(4))).toEqual([
      {
        source: 'duplicate',
        outcome: 'hold',
        reason:
          'Looks like a repeat of order ORD-0: same customer e-mail and same items, placed 4 minutes apart',
        field: 'OrderNumber',
      },
    ]);
  });

  it('matches the e-mail whatever its case, and the basket whatever its row order', async () => {
    const first = orderAt(0);
    await evaluate(first);
    const second = orderAt(1, { Items: [...first.Items].reverse() });
    second.Customer.CustomerEmail = ' ANN@example.com';
    expect(await evaluate(second)).toHaveLength(1);
  });

  it('does not flag orders outside the window, of another customer or another basket', async () => {
    await evaluate(orderAt(0));
    expect(await evaluate(orderAt(11))).toEqual([]);
    const other = orderAt(2);
    other.Customer.CustomerEmail = 'bob@example.com';
    expect(await evaluate(other)).toEqual([]);
    expect(await evaluate(orderAt(3, { Items: [item('A', 3, 10)] }))).toEqual([]);
  });

  it('flags only the later-seen order of a pair, also on re-evaluation and out of order', async () => {
    const later = orderAt(5);
    const earlier = orderAt(1);
    // The later-placed order arrives first: the one seen second is the repeat.
    expect(await evaluate(later)).toEqual([]);
    expect(await evaluate(earlier)).toHaveLength(1);
    // A retry or an approval re-evaluates both: the answers do not change.
    expect(await evaluate(later)).toEqual([]);
    expect(await evaluate(earlier)).toHaveLength(1);
  });

  it('cannot match an order without a customer e-mail', async () => {
    const first = orderAt(0);
    first.Customer.CustomerEmail = '';
    await evaluate(first);
    const second = orderAt(1);
    second.Customer.CustomerEmail = '';
    expect(await evaluate(second)).toEqual([]);
  });
});
