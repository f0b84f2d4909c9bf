import type { Db } from '../store';

/** Rows per statement: a big backlog is pruned in short statements, never one long lock. */
export const PRUNE_BATCH = 1_000;

/**
 * Runs a batched prune statement until it touches fewer rows than a batch. The statement takes
 * `$1` = cutoff and `$2` = batch size and must RETURN one row per row it pruned; a pruned row
 * must no longer match it, or this would loop.
 */
export async function pruneInBatches(
  db: Db,
  input: { sql: string; before: Date; batchSize?: number },
): Promise<number> {
  const batchSize = input.batchSize ?? PRUNE_BATCH;
  let total = 0;
  for (;;) {
    const rows = await db.query(input.sql, [input.before.toISOString(), batchSize]);
    total += rows.length;
    if (rows.length < batchSize) return total;
  }
}
