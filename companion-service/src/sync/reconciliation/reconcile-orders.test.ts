import { ModifiedOrdersPage } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, openStore, type Store } from '../../store';
import { sweepOrders } from './reconcile-orders';

const logger = createSilentLogger();
const SETTLED = '00000000-0000-4000-8000-0000000000a1';
const IN_BURST = '00000000-0000-4000-8000-0000000000a2';
const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

describe('reconciliation grace period', () => {
  let store: Store;
  const enqueued: unknown[] = [];
  // One order placed five minutes ago, one ten seconds ago whose event is not stored yet.
  const page = ModifiedOrdersPage.parse({
    orders: [
      { OrderGUID: SETTLED, OrderModifiedWhen: secondsAgo(300) },
      { OrderGUID: IN_BURST, OrderModifiedWhen: secondsAgo(10) },
    ],
    nextModifiedSince: null,
  });
  const deps = (graceSeconds: number) => ({
    db: store,
    logger,
    graceSeconds,
    goLiveDate: secondsAgo(3600),
    queue: {
      enqueue: async (...args: unknown[]) => void enqueued.push(args[1]),
    } as unknown as JobQueue,
    brightpearl: {} as BrightpearlClient,
    kentico: { listModifiedOrders: async () => page } as unknown as KenticoBridgeClient,
  });
  const findings = async () =>
    (
      await store.query<{ order_guid: string }>(
        `SELECT order_guid FROM reconcile_findings ORDER BY found_at, order_guid`,
      )
    ).map((row) => row.order_guid);

  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
  });
  afterAll(() => store.close());

  it('does not judge orders modified within the grace period, and judges them once it passed', async () => {
    const first = await sweepOrders(deps(120));
    expect(first).toMatchObject({ checked: 1, missing: 1, deferred: 1 });
    expect(await findings()).toEqual([SETTLED]);

    // The cursor stopped before the deferred order: a later sweep (grace passed) still sees it.
    const later = await sweepOrders(deps(0));
    expect(later).toMatchObject({ missing: 1, deferred: 0 });
    expect(await findings()).toEqual([SETTLED, IN_BURST]);
    expect(enqueued).toEqual([
      { orderGuid: SETTLED, trigger: 'reconcile' },
      { orderGuid: IN_BURST, trigger: 'reconcile' },
    ]);
  });
});
