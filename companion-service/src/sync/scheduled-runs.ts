import type { Db } from '../store';

/** The slot a run belongs to, on the database clock (the same arithmetic as pg-boss's throttle). */
const SLOT_START = `to_timestamp(floor(extract(epoch from now()) / $2::int) * $2::int)`;

/**
 * Records that `job` starts its body now, unless a run of this interval slot already finished.
 * Call it holding the job's lease: every 'running' row of the job then belongs to a holder that
 * died (its lease lapsed), so it is marked 'abandoned' first. Returns the run's id, or null
 * when this slot's run is already done (a late job of the previous slot took it).
 */
export async function beginScheduledRun(
  db: Db,
  input: { job: string; intervalSeconds: number; owner: string; jobId: string },
): Promise<number | null> {
  await db.query(
    `UPDATE scheduled_runs SET outcome = 'abandoned', finished_at = now()
     WHERE job = $1 AND outcome = 'running'`,
    [input.job],
  );
  const rows = await db.query<{ id: number | string }>(
    `INSERT INTO scheduled_runs (job, slot_start, owner, job_id)
     SELECT $1, ${SLOT_START}, $3, $4
     WHERE NOT EXISTS (
       SELECT 1 FROM scheduled_runs
       WHERE job = $1 AND slot_start = ${SLOT_START} AND outcome = 'done')
     RETURNING id`,
    [input.job, input.intervalSeconds, input.owner, input.jobId],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

export async function finishScheduledRun(
  db: Db,
  input: { id: number; outcome: 'done' | 'failed' },
): Promise<void> {
  await db.query(`UPDATE scheduled_runs SET outcome = $2, finished_at = now() WHERE id = $1`, [
    input.id,
    input.outcome,
  ]);
}

/**
 * The most runs any scheduled job made in one interval slot, cluster-wide (1 when the schedule
 * works; 0 when nothing ran). Failed runs (retried by pg-boss) and runs a crash cut short and a
 * later holder superseded ('abandoned') do not count: they did not complete the slot's work.
 */
export async function maxRunsPerInterval(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number | string | null }>(
    `SELECT max(n) AS n FROM (
       SELECT count(*) AS n FROM scheduled_runs
       WHERE outcome IN ('running', 'done') GROUP BY job, slot_start) AS per_slot`,
  );
  return Number(row?.n ?? 0);
}

/** The last start of each scheduled job's body that ran or runs (for the settings screen). */
export async function lastScheduledRuns(db: Db): Promise<Map<string, Date>> {
  const rows = await db.query<{ job: string; started_at: Date | string }>(
    `SELECT job, max(started_at) AS started_at FROM scheduled_runs
     WHERE outcome IN ('running', 'done') GROUP BY job`,
  );
  return new Map(rows.map((row) => [row.job, new Date(row.started_at)]));
}
