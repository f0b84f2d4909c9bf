import type { Finding } from '@bpkc/shared-types';

import type { Db } from '../../store';

/** The Held list's reads (part of the order_sync repository, ADR 0012). */

type DbTime = Date | string;

export interface SetAsideRow {
  order_guid: string;
  order_number: string | null;
  customer_email: string | null;
  held_at: DbTime | null;
  updated_at: DbTime;
  findings: Finding[] | string | null;
  mapping_version: number | null;
  decided_by: string | null;
  decided_at: DbTime | null;
  decision_reason: string | null;
}

/** Orders in `state` (held, rejected, skipped), oldest hold first, and how many in all. */
export async function listSetAside(
  db: Db,
  query: { state: 'held' | 'rejected' | 'skipped'; limit: number; offset: number },
): Promise<{ rows: SetAsideRow[]; total: number }> {
  const rows = await db.query<SetAsideRow>(
    `SELECT order_guid, order_number, customer_email, held_at, updated_at, findings,
       mapping_version, decided_by, decided_at, decision_reason
     FROM order_sync WHERE state = $1
     ORDER BY coalesce(held_at, decided_at, updated_at), order_guid LIMIT $2 OFFSET $3`,
    [query.state, query.limit, query.offset],
  );
  const [count] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM order_sync WHERE state = $1`,
    [query.state],
  );
  return { rows, total: Number(count?.n ?? 0) };
}

/** Held orders and the oldest hold, for the alerts. */
export async function heldFigures(db: Db): Promise<{ held: number; oldestHeldAt: DbTime | null }> {
  const [row] = await db.query<{ held: number | string; oldest: DbTime | null }>(
    `SELECT count(*) AS held, min(held_at) AS oldest FROM order_sync WHERE state = 'held'`,
  );
  return { held: Number(row?.held ?? 0), oldestHeldAt: row?.oldest ?? null };
}
