import type { Db } from '../../store';

/** Reads of the stock flow for the admin and GET /api/status (the read side of its tables). */

type DbTime = Date | string;

export async function lastStockPushAt(db: Db): Promise<DbTime | null> {
  const [row] = await db.query<{ at: DbTime | null }>(
    `SELECT max(pushed_at) AS at FROM stock_levels`,
  );
  return row?.at ?? null;
}

export interface FullCompareRun {
  finishedAt: DbTime;
  skus: number;
  drift: number;
  calls: number;
}

/** The latest finished full compare (null: none yet). */
export async function lastFullCompare(db: Db): Promise<FullCompareRun | null> {
  const [run] = await db.query<{
    finished_at: DbTime;
    skus: number | string;
    drift: number | string;
    brightpearl_calls: number | string;
  }>(
    `SELECT finished_at, skus, drift, brightpearl_calls FROM stock_compare_runs
     WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1`,
  );
  if (!run) return null;
  return {
    finishedAt: run.finished_at,
    skus: Number(run.skus),
    drift: Number(run.drift),
    calls: Number(run.brightpearl_calls),
  };
}
