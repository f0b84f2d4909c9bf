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

export interface FullCompareProgress {
  startedAt: DbTime;
  finishedAt: DbTime | null;
  /** Products gone through so far, of `total` (null: a run recorded before totals were kept). */
  done: number;
  total: number | null;
  abandoned: boolean;
}

/** The latest full compare, finished or not, for the Jobs screen (null: none yet). */
export async function latestFullCompare(db: Db): Promise<FullCompareProgress | null> {
  const [run] = await db.query<{
    started_at: DbTime;
    finished_at: DbTime | null;
    done: number | string;
    skus: number | string;
    total: number | string | null;
    abandoned: boolean;
  }>(
    `SELECT started_at, finished_at, done, skus, total, abandoned FROM stock_compare_runs
     ORDER BY id DESC LIMIT 1`,
  );
  if (!run) return null;
  const total = run.total === null ? null : Number(run.total);
  const finished = run.finished_at !== null;
  return {
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    // A finished run went through everything it set out to.
    done: finished ? (total ?? Number(run.skus)) : Number(run.done),
    total: finished ? (total ?? Number(run.skus)) : total,
    abandoned: run.abandoned,
  };
}
