import type { Db } from '../store';
import { pruneInBatches } from './batches';

/**
 * Logs that grow by a row per run or per connect attempt and are only read for recent figures:
 * finished scheduled runs, stock compare and reconciliation runs, and OAuth states (each valid
 * for minutes) that were never used.
 */
const RUN_LOGS = [
  { table: 'scheduled_runs', key: 'id', finished: `outcome <> 'running' AND finished_at` },
  { table: 'stock_compare_runs', key: 'id', finished: 'finished_at' },
  { table: 'reconcile_runs', key: 'id', finished: 'finished_at' },
  { table: 'brightpearl_oauth_states', key: 'state_hash', finished: 'expires_at' },
  // What the order checks remember (outlier statistics, duplicates) only needs recent orders.
  { table: 'order_gate_history', key: 'order_guid', finished: 'placed_at' },
] as const;

export async function pruneRunLogs(
  db: Db,
  before: Date,
  batchSize?: number,
): Promise<Record<string, number>> {
  const pruned: Record<string, number> = {};
  for (const { table, key, finished } of RUN_LOGS) {
    // Table and column names come from the constant above, never from input.
    const sql = `DELETE FROM ${table} WHERE ${key} IN (
      SELECT ${key} FROM ${table} WHERE ${finished} < $1::timestamptz LIMIT $2)
      RETURNING ${key}`;
    pruned[table] = await pruneInBatches(db, { sql, before, batchSize });
  }
  return pruned;
}
