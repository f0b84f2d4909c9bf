import type { MappingConfig } from '@bpkc/shared-types';

import {
  type BrightpearlClient,
  type GoodsOutNote,
  PRIORITY,
  type SalesOrderRecord,
} from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { markDirty } from '../dirty-records';
import { orderGuidsFor, setKenticoStatus } from '../status/brightpearl-status-change';

export interface ShipmentDeps {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
}

/**
 * Shipped goods-out notes → Kentico: tracking, carrier, date and lines per note (each note once,
 * so partial shipments add up), then the mapped shipped / partly shipped status. One read of the
 * notes and one of their orders per batch. Notes of orders not bound yet are kept for a retry.
 */
export async function recordShipments(
  deps: ShipmentDeps,
  goodsOutNoteIds: readonly number[],
): Promise<{ recorded: number; waiting: number }> {
  const call = { priority: PRIORITY.orders };
  const notes = (await deps.brightpearl.getGoodsOutNotes([...goodsOutNoteIds], call)).filter(
    (note) => note.shipped,
  );
  const fresh = await notRecorded(deps.db, notes);
  if (fresh.length === 0) return { recorded: 0, waiting: 0 };
  const orderIds = [...new Set(fresh.map((note) => note.orderId))];
  const guids = await orderGuidsFor(deps.db, orderIds);
  const orders = new Map(
    (await deps.brightpearl.getSalesOrders(orderIds, call)).map((order) => [order.orderId, order]),
  );
  const waiting = fresh.filter((note) => !guids.has(note.orderId));
  for (const note of fresh.filter((candidate) => guids.has(candidate.orderId))) {
    await recordOne(deps, {
      note,
      orderGuid: guids.get(note.orderId)!,
      order: orders.get(note.orderId),
    });
  }
  await markDirty(
    deps.db,
    'shipment',
    waiting.map((note) => note.goodsOutNoteId),
  );
  return { recorded: fresh.length - waiting.length, waiting: waiting.length };
}

async function recordOne(
  deps: ShipmentDeps,
  input: { note: GoodsOutNote; orderGuid: string; order: SalesOrderRecord | undefined },
): Promise<void> {
  const { note, orderGuid, order } = input;
  const skuByRow = new Map(order?.rows.map((row) => [row.orderRowId, row.sku ?? '']) ?? []);
  await deps.kentico.putShipment(orderGuid, note.goodsOutNoteId, {
    trackingReference: note.reference || null,
    carrier: deps.mapping.fulfilment.carriers[String(note.shippingMethodId)] ?? null,
    shippedAt: note.shippedOn ?? new Date().toISOString(),
    lines: note.rows.map((row) => ({
      sku: skuByRow.get(row.orderRowId) ?? '',
      quantity: row.quantity,
    })),
  });
  const status = shippedStatus(deps.mapping, order?.shippingStatusCode ?? null);
  if (status) await setKenticoStatus(deps, { orderGuid, statusName: status });
  // Done only once every Kentico write for the note succeeded: a failure leaves it unrecorded,
  // and the retry writes the shipment again (a PUT by note id) and then the status.
  await deps.db.query(
    `INSERT INTO shipments (goods_out_note_id, order_guid) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [note.goodsOutNoteId, orderGuid],
  );
}

function shippedStatus(
  mapping: MappingConfig,
  shippingStatusCode: string | null,
): string | undefined {
  if (shippingStatusCode === 'ASS') return mapping.fulfilment.shippedStatus;
  if (shippingStatusCode === 'SPS') return mapping.fulfilment.partiallyShippedStatus;
  return undefined;
}

async function notRecorded(db: Db, notes: GoodsOutNote[]): Promise<GoodsOutNote[]> {
  const rows = await db.query<{ goods_out_note_id: number | string }>(
    `SELECT goods_out_note_id FROM shipments WHERE goods_out_note_id = ANY($1::bigint[])`,
    [notes.map((note) => note.goodsOutNoteId)],
  );
  const seen = new Set(rows.map((row) => Number(row.goods_out_note_id)));
  return notes.filter((note) => !seen.has(note.goodsOutNoteId));
}
