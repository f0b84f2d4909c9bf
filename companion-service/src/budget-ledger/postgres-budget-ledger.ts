import type { BudgetLedger, LedgerClaim } from '../brightpearl';
import type { Db } from '../store';

export interface PostgresLedgerOptions {
  /** Brightpearl's rolling window (60 s). */
  windowMs: number;
  /** This instance, recorded on its rows (diagnostics only). */
  instanceId: string;
  /**
   * An unanswered row counts as answered this long after its release: the instance that
   * claimed it crashed or lost the database. Must exceed the request timeout (30 s).
   */
  staleInFlightMs?: number;
  /** Local time in ms, for the decaying inWindow() between claims. */
  now?: () => number;
}

interface ClaimRow {
  cluster_cap: number | null;
  id: string | null;
  in_window: number;
  expires_in_ms: number[];
  /** When the last of the other instances' counted rows leaves the window; null: none. */
  others_expire_in_ms: number | null;
}

/**
 * The cluster's send ledger (ADR 0020) on the queue's Postgres. Only this file holds SQL on
 * `brightpearl_send_ledger` and `brightpearl_budget_lock` (which also holds the cluster's
 * learned cap). All times are the database's clock,
 * so instances with skewed clocks still agree on what is in the window.
 */
export function createPostgresBudgetLedger(db: Db, options: PostgresLedgerOptions): BudgetLedger {
  const now = options.now ?? Date.now;
  const params = [options.windowMs, options.staleInFlightMs ?? 120_000];
  // When each row counted at the last claim leaves the window (local ms), for inWindow().
  let expiries: number[] = [];
  let othersUntil = 0;
  return {
    contended: () => now() < othersUntil,
    async claim({ limit, priority, learnedCap }): Promise<LedgerClaim> {
      const row = await db.transaction(async (tx) => {
        // One claimant at a time: the count and the insert must not interleave with another's.
        // The lock row also keeps the largest cap any instance learned (GREATEST skips null).
        const [lock] = await tx.query<{ learned_cap: number | null }>(
          `UPDATE brightpearl_budget_lock SET learned_cap = GREATEST(learned_cap, $1::int)
           WHERE id = 1 RETURNING learned_cap`,
          [learnedCap ?? null],
        );
        const [result] = await tx.query<ClaimRow>(CLAIM_SQL, [
          ...params,
          limit,
          options.instanceId,
          priority,
        ]);
        return result && { ...result, cluster_cap: lock?.learned_cap ?? null };
      });
      if (row === undefined) throw new Error('brightpearl send ledger: the claim returned no row');
      const at = now();
      const window = row.expires_in_ms.map((ms) => at + ms);
      othersUntil = row.others_expire_in_ms === null ? 0 : at + row.others_expire_in_ms;
      const clusterCap = row.cluster_cap ?? undefined;
      if (row.id !== null) {
        expiries = [...window, at + options.windowMs];
        return { granted: true, ticket: row.id, inWindow: row.in_window + 1, clusterCap };
      }
      expiries = window;
      // The (count − limit + 1)th earliest to leave brings the window below the limit.
      const freeing = row.expires_in_ms[row.in_window - limit] ?? options.windowMs;
      return {
        granted: false,
        inWindow: row.in_window,
        retryInMs: Math.ceil(freeing),
        clusterCap,
      };
    },
    async finish(ticket) {
      await db.query(
        'UPDATE brightpearl_send_ledger SET done_at = clock_timestamp() WHERE id = $1',
        [ticket],
      );
    },
    async cancel(ticket) {
      await db.query('DELETE FROM brightpearl_send_ledger WHERE id = $1', [ticket]);
    },
    inWindow: () => {
      const at = now();
      return expiries.filter((expiry) => expiry > at).length;
    },
  };
}

/**
 * Under the lock (a fresh snapshot, so every committed claim is seen): prunes rows that left
 * the window, counts the rest, and inserts this claim if the count is under the limit. A row
 * counts from its release until a window after its answer (or after the stale bound). For a
 * refusal it returns when each counted row leaves at the earliest (an unanswered one: a
 * window after now), in order.
 */
const CLAIM_SQL = `
WITH t AS (
  SELECT clock_timestamp() AS now, $1::float8 * interval '1 millisecond' AS win,
         $2::float8 * interval '1 millisecond' AS stale
),
pruned AS (
  DELETE FROM brightpearl_send_ledger l USING t
  WHERE coalesce(l.done_at, l.released_at + t.stale) + t.win <= t.now
),
counted AS (
  SELECT extract(epoch FROM
           coalesce(l.done_at, least(t.now, l.released_at + t.stale)) + t.win - t.now
         )::float8 * 1000 AS expires_in_ms,
         l.instance <> $4 AS other
  FROM brightpearl_send_ledger l, t
  WHERE coalesce(l.done_at, l.released_at + t.stale) + t.win > t.now
),
claimed AS (
  INSERT INTO brightpearl_send_ledger (instance, priority, released_at)
  SELECT $4, $5, t.now FROM t WHERE (SELECT count(*) FROM counted) < $3
  RETURNING id
)
SELECT (SELECT id::text FROM claimed) AS id,
       (SELECT count(*)::int FROM counted) AS in_window,
       coalesce((SELECT array_agg(expires_in_ms ORDER BY expires_in_ms) FROM counted),
                '{}'::float8[]) AS expires_in_ms,
       (SELECT max(expires_in_ms) FROM counted WHERE other) AS others_expire_in_ms
`;
