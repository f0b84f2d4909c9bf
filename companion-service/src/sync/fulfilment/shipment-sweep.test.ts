import type { MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient, GoodsOutNote } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, openStore, type Store } from '../../store';
import { sweepShippedNotes } from './shipment-sweep';

const logger = createSilentLogger();
const OUR_ORDER = 100;
const PHONE_ORDER = 200;

const note = (goodsOutNoteId: number, orderId: number): GoodsOutNote => ({
  goodsOutNoteId,
  orderId,
  shipped: true,
  shippedOn: '2026-12-01T10:00:00.000+00:00',
  reference: null,
  shippingMethodId: null,
  rows: [],
});

describe('shipment catch-up sweep', () => {
  let store: Store;
  const enqueued: unknown[] = [];
  const searches: string[] = [];
  const deps = () => ({
    db: store,
    mapping: {} as MappingConfig,
    kentico: {} as KenticoBridgeClient,
    queue: {
      enqueue: async (name: string) => void enqueued.push(name),
    } as unknown as JobQueue,
    brightpearl: {
      searchShippedGoodsOutNotes: async (since: string) => (searches.push(since), [1, 2, 3]),
      getGoodsOutNotes: async (ids: number[]) =>
        ids.map((id) => note(id, id === 3 ? PHONE_ORDER : OUR_ORDER)),
    } as unknown as BrightpearlClient,
  });

  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
    const guid = '00000000-0000-4000-8000-0000000000c1';
    await store.query(
      `INSERT INTO order_sync (order_guid, state, brightpearl_order_id) VALUES ($1, 'synced', $2)`,
      [guid, OUR_ORDER],
    );
    // Note 1 was recorded through its webhook; note 2's webhook was lost; 3 is a phone order's.
    await store.query(`INSERT INTO shipments (goods_out_note_id, order_guid) VALUES (1, $1)`, [
      guid,
    ]);
  });
  afterAll(() => store.close());

  it("hands shipped notes not recorded yet, of the companion's orders, to the shipments drain", async () => {
    expect(await sweepShippedNotes(deps())).toBe(1);
    const dirty = await store.query<{ id: number }>(
      `SELECT record_id::int AS id FROM dirty_records WHERE kind = 'shipment'`,
    );
    expect(dirty).toEqual([{ id: 2 }]);
    expect(enqueued).toEqual(['shipments']);

    // The next sweep searches from where the first one started, looking back ten minutes.
    const [cursor] = await store.query<{ value: string }>(
      `SELECT value FROM installation_settings WHERE key = 'shipments-sweep-cursor'`,
    );
    await sweepShippedNotes(deps());
    expect(Date.parse(cursor!.value) - Date.parse(searches[1]!)).toBe(10 * 60_000);
  });
});
