import type { MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, openStore, type Store } from '../../store';
import { rememberStatuses } from './status-repository';
import { sweepBrightpearlStatuses } from './status-sweep';

const logger = createSilentLogger();
const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('order-status catch-up sweep', () => {
  let store: Store;
  const enqueued: unknown[] = [];
  const deps = () => ({
    db: store,
    mapping: {} as MappingConfig,
    kentico: {} as KenticoBridgeClient,
    queue: {
      enqueue: async (name: string, data: unknown) => void enqueued.push({ name, data }),
    } as unknown as JobQueue,
    brightpearl: {
      // 101 unchanged, 102 changed (webhook lost), 103 never seen, 999 a phone order.
      searchSalesOrderStatuses: async () => [
        { orderId: 101, statusId: 4 },
        { orderId: 102, statusId: 6 },
        { orderId: 103, statusId: 4 },
        { orderId: 999, statusId: 6 },
      ],
    } as unknown as BrightpearlClient,
  });

  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
    for (const id of [101, 102, 103])
      await store.query(
        `INSERT INTO order_sync (order_guid, state, brightpearl_order_id) VALUES ($1, 'synced', $2)`,
        [guid(id), id],
      );
    for (const id of [101, 102])
      await rememberStatuses(store, {
        orderGuid: guid(id),
        kenticoStatus: null,
        brightpearlStatusId: 4,
        writtenBy: null,
      });
  });
  afterAll(() => store.close());

  it("hands the companion's orders whose Brightpearl status changed to the order-status drain", async () => {
    expect(await sweepBrightpearlStatuses(deps())).toBe(2);
    const dirty = await store.query<{ id: number }>(
      `SELECT record_id::int AS id FROM dirty_records WHERE kind = 'order-status' ORDER BY 1`,
    );
    expect(dirty).toEqual([{ id: 102 }, { id: 103 }]);
    expect(enqueued).toEqual([
      { name: 'order-status', data: { source: 'brightpearl', trigger: 'sweep' } },
    ]);
  });
});
