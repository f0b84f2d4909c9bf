import type { Failure, FailureGroups, FailureListQuery, FailurePage } from '@bpkc/shared-types';

import {
  countOpenByReason,
  type DeadLetterRow,
  listOpenLetters,
  readLetter,
} from '../dead-letters/dead-letter-reports';
import type { Db } from '../store';
import { ordersOfRefunds } from '../sync/refunds/refund-reports';
import { NotFoundError } from './errors';
import { iso } from './sql-values';

export async function listFailures(db: Db, query: FailureListQuery): Promise<FailurePage> {
  const { rows, total } = await listOpenLetters(db, {
    reason: query.reason ?? null,
    flow: query.flow ?? null,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: await toFailures(db, rows), total, limit: query.limit, offset: query.offset };
}

/** One failure, open or resolved. */
export async function readFailure(db: Db, id: number): Promise<Failure> {
  const row = await readLetter(db, id);
  if (!row) throw new NotFoundError(`failure ${id} not found`);
  const [failure] = await toFailures(db, [row]);
  return failure!;
}

export async function groupFailures(db: Db): Promise<FailureGroups> {
  return countOpenByReason(db);
}

/** Failures with the admin link of each; a refund's failure links to its order. */
async function toFailures(db: Db, rows: DeadLetterRow[]): Promise<Failure[]> {
  const refunds = rows.filter((row) => row.flow === 'refund').map((row) => row.record_key);
  const orderOfRefund = await ordersOfRefunds(db, refunds);
  return rows.map((row) => toFailure(row, orderOfRefund.get(row.record_key) ?? null));
}

function toFailure(row: DeadLetterRow, refundOrder: string | null): Failure {
  return {
    id: Number(row.id),
    flow: row.flow,
    recordKey: row.record_key,
    reason: row.reason,
    message: row.message,
    payload: row.payload,
    createdAt: iso(row.created_at),
    link: linkOf(row, refundOrder),
  };
}

const ORDER_FLOWS = new Set([
  'order',
  'order-write-back',
  'order-annotate',
  'order-status',
  'payment',
  'payment-fee',
]);

/** Where the admin shows the failed record. */
function linkOf(row: DeadLetterRow, refundOrder: string | null): string {
  if (ORDER_FLOWS.has(row.flow)) return `/orders/${row.record_key}`;
  if (row.flow === 'refund' && refundOrder) return `/orders/${refundOrder}`;
  if (row.flow === 'product') return `/products/${row.record_key}`;
  return `/failures/${row.id}`;
}
