import type { Db } from '../../store';

export interface StatusState {
  kenticoStatus: string | null;
  brightpearlStatusId: number | null;
  /** The side the companion last wrote to: a change reported by that side may be our echo. */
  writtenBy: 'kentico' | 'brightpearl' | null;
}

export async function readStatuses(db: Db, orderGuid: string): Promise<StatusState | undefined> {
  const [row] = await db.query<{
    kentico_status: string | null;
    brightpearl_status_id: number | null;
    last_written_by_sync: 'kentico' | 'brightpearl' | null;
  }>(
    `SELECT kentico_status, brightpearl_status_id, last_written_by_sync FROM order_status_sync
     WHERE order_guid = $1`,
    [orderGuid],
  );
  return row
    ? {
        kenticoStatus: row.kentico_status,
        brightpearlStatusId: row.brightpearl_status_id,
        writtenBy: row.last_written_by_sync,
      }
    : undefined;
}

/** The statuses both sides hold now, as far as the companion knows. */
export async function rememberStatuses(
  db: Db,
  input: StatusState & { orderGuid: string },
): Promise<void> {
  await db.query(
    `INSERT INTO order_status_sync (order_guid, kentico_status, brightpearl_status_id, last_written_by_sync)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (order_guid) DO UPDATE SET kentico_status = EXCLUDED.kentico_status,
       brightpearl_status_id = EXCLUDED.brightpearl_status_id,
       last_written_by_sync = EXCLUDED.last_written_by_sync, updated_at = now()`,
    [input.orderGuid, input.kenticoStatus, input.brightpearlStatusId, input.writtenBy],
  );
}
