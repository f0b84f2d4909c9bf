import type { Db } from '../../store';

/** Reads of the shipments flow for the admin (the read side of its table). */

type DbTime = Date | string;

/** The order's recorded shipments (goods-out notes), oldest first. */
export async function shipmentsOf(
  db: Db,
  orderGuid: string,
): Promise<Array<{ recordedAt: DbTime; goodsOutNoteId: number }>> {
  const rows = await db.query<{ recorded_at: DbTime; goods_out_note_id: number | string }>(
    `SELECT recorded_at, goods_out_note_id FROM shipments WHERE order_guid = $1
     ORDER BY recorded_at, goods_out_note_id`,
    [orderGuid],
  );
  return rows.map((row) => ({
    recordedAt: row.recorded_at,
    goodsOutNoteId: Number(row.goods_out_note_id),
  }));
}

export async function lastShipmentRecordedAt(db: Db): Promise<DbTime | null> {
  const [row] = await db.query<{ at: DbTime | null }>(
    `SELECT max(recorded_at) AS at FROM shipments`,
  );
  return row?.at ?? null;
}
