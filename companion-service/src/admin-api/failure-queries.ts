import type { Failure, FailureGroups, FailureListQuery, FailurePage } from '@bpkc/shared-types';

import type { Db } from '../store';
import { NotFoundError } from './errors';
import { type DbTime, iso } from './sql-values';

export interface FailureRow {
  id: number | string;
  flow: string;
  record_key: string;
  reason: Failure['reason'];
  message: string;
  payload: unknown;
  created_at: DbTime;
  resolved_at: DbTime | null;
  /** The refund's order, for refund failures. */
  order_guid: string | null;
}

const SELECT = `SELECT d.id, d.flow, d.record_key, d.reason, d.message, d.payload, d.created_at,
  d.resolved_at, r.order_guid::text AS order_guid
FROM dead_letters d
LEFT JOIN refund_sync r ON d.flow = 'refund' AND r.refund_guid::text = d.record_key`;

const OPEN = `WHERE d.resolved_at IS NULL AND ($1::text IS NULL OR d.reason = $1)
  AND ($2::text IS NULL OR d.flow = $2)`;

export async function listFailures(db: Db, query: FailureListQuery): Promise<FailurePage> {
  const filters = [query.reason ?? null, query.flow ?? null];
  const rows = await db.query<FailureRow>(`${SELECT} ${OPEN} ORDER BY d.id LIMIT $3 OFFSET $4`, [
    ...filters,
    query.limit,
    query.offset,
  ]);
  const [count] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM dead_letters d ${OPEN}`,
    filters,
  );
  return {
    items: rows.map(toFailure),
    total: Number(count?.n ?? 0),
    limit: query.limit,
    offset: query.offset,
  };
}

/** One failure, open or resolved. */
export async function readFailure(db: Db, id: number): Promise<Failure> {
  const [row] = await db.query<FailureRow>(`${SELECT} WHERE d.id = $1`, [id]);
  if (!row) throw new NotFoundError(`failure ${id} not found`);
  return toFailure(row);
}

export async function groupFailures(db: Db): Promise<FailureGroups> {
  const rows = await db.query<{ reason: Failure['reason']; n: number | string }>(
    `SELECT reason, count(*) AS n FROM dead_letters WHERE resolved_at IS NULL
     GROUP BY reason ORDER BY count(*) DESC, reason`,
  );
  return rows.map((row) => ({ reason: row.reason, count: Number(row.n) }));
}

export function toFailure(row: FailureRow): Failure {
  return {
    id: Number(row.id),
    flow: row.flow,
    recordKey: row.record_key,
    reason: row.reason,
    message: row.message,
    payload: row.payload,
    createdAt: iso(row.created_at),
    link: linkOf(row),
  };
}

const ORDER_FLOWS = new Set([
  'order',
  'order-write-back',
  'order-status',
  'payment',
  'payment-fee',
]);

/** Where the admin shows the failed record. */
function linkOf(row: FailureRow): string {
  if (ORDER_FLOWS.has(row.flow)) return `/orders/${row.record_key}`;
  if (row.flow === 'refund' && row.order_guid) return `/orders/${row.order_guid}`;
  if (row.flow === 'product') return `/products/${row.record_key}`;
  return `/failures/${row.id}`;
}
