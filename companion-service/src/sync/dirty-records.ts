import { randomUUID } from 'node:crypto';

import type { Db } from '../store';

/** What changed in Brightpearl and still has to reach Kentico. */
export type DirtyKind = 'stock' | 'catalog' | 'shipment' | 'order-status';

/** A claim older than this belonged to a worker that died: its ids are taken again. */
const CLAIM_TTL_SECONDS = 600;

/**
 * Marks Brightpearl records as changed. Re-marking a record that a worker has claimed clears the
 * claim, so a change that arrives while the worker runs is processed again, never lost.
 */
export async function markDirty(db: Db, kind: DirtyKind, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `INSERT INTO dirty_records (kind, record_id)
     SELECT $1, id FROM unnest($2::bigint[]) AS id
     ON CONFLICT (kind, record_id) DO UPDATE SET marked_at = now(), claim = NULL, claimed_at = NULL`,
    [kind, [...new Set(ids)]],
  );
}

/** Takes up to `limit` unclaimed (or abandoned) ids; they stay stored until `releaseClaim`. */
export async function claimDirty(
  db: Db,
  { kind, limit }: { kind: DirtyKind; limit: number },
): Promise<{ claim: string; ids: number[] }> {
  const claim = randomUUID();
  const rows = await db.query<{ record_id: number | string }>(
    `UPDATE dirty_records SET claim = $2, claimed_at = now()
     WHERE kind = $1 AND record_id IN (
       SELECT record_id FROM dirty_records
       WHERE kind = $1 AND (claim IS NULL OR claimed_at < now() - make_interval(secs => $4::int))
       ORDER BY record_id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING record_id`,
    [kind, claim, limit, CLAIM_TTL_SECONDS],
  );
  return { claim, ids: rows.map((row) => Number(row.record_id)).sort((a, b) => a - b) };
}

/** Done with a claim: forget its ids, except those re-marked meanwhile (their claim was cleared). */
export async function releaseClaim(db: Db, claim: string): Promise<void> {
  await db.query(`DELETE FROM dirty_records WHERE claim = $1`, [claim]);
}

export async function countDirty(db: Db, kind: DirtyKind): Promise<number> {
  const [row] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM dirty_records WHERE kind = $1`,
    [kind],
  );
  return Number(row?.n ?? 0);
}

/** Gives claimed ids back untouched (they stay dirty for the next job). */
export async function unclaim(db: Db, claim: string): Promise<void> {
  await db.query(`UPDATE dirty_records SET claim = NULL, claimed_at = NULL WHERE claim = $1`, [
    claim,
  ]);
}
