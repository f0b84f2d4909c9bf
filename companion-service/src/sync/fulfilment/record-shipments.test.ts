import type { MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient, GoodsOutNote } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, openStore, type Store } from '../../store';
import { readStatuses } from '../status/status-repository';
import { recordShipments } from './record-shipments';

const logger = createSilentLogger();
const ORDER_ID = 100;
const GUID = '00000000-0000-4000-8000-0000000000d1';
const note: GoodsOutNote = {
  goodsOutNoteId: 7,
  orderId: ORDER_ID,
  shipped: true,
  shippedOn: '2026-12-01T10:00:00.000+00:00',
  reference: 'TRK-1',
  shippingMethodId: null,
  rows: [],
};

describe('a shipment whose Kentico status write failed', () => {
  let store: Store;
  const shipments: number[] = [];
  const statuses: string[] = [];
  let statusDown = true;
  const deps = () => ({
    db: store,
    mapping: {
      fulfilment: {
        carriers: {},
        shippedStatus: 'Shipped',
        partiallyShippedStatus: 'PartlyShipped',
      },
    } as unknown as MappingConfig,
    queue: { enqueue: async () => null } as unknown as JobQueue,
    brightpearl: {
      getGoodsOutNotes: async () => [note],
      getSalesOrders: async () => [{ orderId: ORDER_ID, rows: [], shippingStatusCode: 'ASS' }],
    } as unknown as BrightpearlClient,
    kentico: {
      putShipment: async (_guid: string, noteId: number) => void shipments.push(noteId),
      setOrderStatus: async (_guid: string, name: string) => {
        if (statusDown) throw new Error(`Kentico bridge answered 500 for status of ${GUID}`);
        statuses.push(name);
      },
    } as unknown as KenticoBridgeClient,
  });

  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
    await store.query(
      `INSERT INTO order_sync (order_guid, state, brightpearl_order_id) VALUES ($1, 'synced', $2)`,
      [GUID, ORDER_ID],
    );
  });
  afterAll(() => store.close());

  it('is not recorded as done, and the retry writes the status', async () => {
    await expect(recordShipments(deps(), [note.goodsOutNoteId])).rejects.toThrow('500');
    expect(await store.query(`SELECT goods_out_note_id FROM shipments`)).toEqual([]);
    expect(await readStatuses(store, GUID)).toBeUndefined();

    statusDown = false;
    expect(await recordShipments(deps(), [note.goodsOutNoteId])).toEqual({
      recorded: 1,
      waiting: 0,
    });
    expect(statuses).toEqual(['Shipped']);
    // The shipment itself is a PUT by note id: writing it again on the retry adds nothing.
    expect(shipments).toEqual([7, 7]);
    expect(await recordShipments(deps(), [note.goodsOutNoteId])).toEqual({
      recorded: 0,
      waiting: 0,
    });
  });
});
