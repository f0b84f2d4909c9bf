import type { MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, openStore, type Store } from '../../store';
import { pullBrightpearlStatuses } from './brightpearl-status-change';
import { readStatuses, rememberStatuses, type StatusState } from './status-repository';

const logger = createSilentLogger();
const GUID = '00000000-0000-4000-8000-0000000000e1';

describe('a Brightpearl status whose Kentico write died mid-way', () => {
  let store: Store;
  const written: string[] = [];
  let crashTime: StatusState | undefined;
  let crash = true;
  const deps = () => ({
    db: store,
    mapping: { statusSync: { fromBrightpearl: { '6': 'Dispatched' } } } as unknown as MappingConfig,
    queue: { enqueue: async () => null } as unknown as JobQueue,
    brightpearl: {
      getSalesOrders: async () => [{ orderId: 100, statusId: 6, rows: [] }],
    } as unknown as BrightpearlClient,
    kentico: {
      setOrderStatus: async (_guid: string, name: string) => {
        if (crash) {
          // What a SIGKILL leaves: the store as it was while the request was in flight.
          crashTime = await readStatuses(store, GUID);
          throw new Error('killed');
        }
        written.push(name);
      },
    } as unknown as KenticoBridgeClient,
  });

  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
    await store.query(
      `INSERT INTO order_sync (order_guid, state, brightpearl_order_id) VALUES ($1, 'synced', 100)`,
      [GUID],
    );
    await rememberStatuses(store, {
      orderGuid: GUID,
      kenticoStatus: 'Paid',
      brightpearlStatusId: 4,
      writtenBy: null,
    });
  });
  afterAll(() => store.close());

  it('is written again by the retry, then remembered as done', async () => {
    await expect(pullBrightpearlStatuses(deps(), [100])).rejects.toThrow('killed');
    // A killed process never runs its rollback: put back what it had stored before the write.
    await rememberStatuses(store, { orderGuid: GUID, ...crashTime! });
    crash = false;

    expect(await pullBrightpearlStatuses(deps(), [100])).toBe(1);
    expect(written).toEqual(['Dispatched']);
    expect(await readStatuses(store, GUID)).toEqual({
      kenticoStatus: 'Dispatched',
      brightpearlStatusId: 6,
      writtenBy: 'kentico',
    });
    expect(await pullBrightpearlStatuses(deps(), [100])).toBe(0);
  });
});
