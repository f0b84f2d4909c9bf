import type {
  Failure,
  FailureGroups,
  FailureListQuery,
  FailurePage,
  Lookups,
} from '@bpkc/shared-types';

import {
  countOpenByReason,
  type DeadLetterRow,
  listOpenLetters,
  readLetter,
} from '../dead-letters/dead-letter-reports';
import { fixHintOf } from '../dead-letters/fix-hints';
import type { LookupService } from '../lookups';
import type { Db } from '../store';
import { orderNumbersOf } from '../sync/orders/order-sync-reads';
import { ordersOfRefunds } from '../sync/refunds/refund-reports';
import { NotFoundError } from './errors';
import { iso } from './sql-values';

/** What the failure reads need: the store, and the cached lookups for Kentico's names. */
export interface FailureReadDeps {
  db: Db;
  lookups?: Pick<LookupService, 'read'>;
}

export async function listFailures(
  deps: FailureReadDeps,
  query: FailureListQuery,
): Promise<FailurePage> {
  const { rows, total } = await listOpenLetters(deps.db, {
    reason: query.reason ?? null,
    flow: query.flow ?? null,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: await toFailures(deps, rows), total, limit: query.limit, offset: query.offset };
}

/** One failure, open or resolved. */
export async function readFailure(deps: FailureReadDeps, id: number): Promise<Failure> {
  const row = await readLetter(deps.db, id);
  if (!row) throw new NotFoundError(`failure ${id} not found`);
  const [failure] = await toFailures(deps, [row]);
  return failure!;
}

export async function groupFailures(db: Db): Promise<FailureGroups> {
  return countOpenByReason(db);
}

/** The reasons whose hints name a Kentico value (a shipping method, an order status …). */
const NAMED_REASONS = new Set([
  'unmapped-shipping-method',
  'unmapped-order-status',
  'unknown-payment-method',
  'invalid-mapping',
]);
/** A list must not wait on a slow platform for names: past this, the hints use the codes. */
const NAMES_WAIT_MS = 2_000;

/** Names are a nicety: without the lookups (a platform down, slow) the hints use the codes. */
async function namesOf(deps: FailureReadDeps, rows: DeadLetterRow[]): Promise<Lookups | null> {
  if (!deps.lookups || !rows.some((row) => NAMED_REASONS.has(row.reason))) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, NAMES_WAIT_MS, null)));
  try {
    return await Promise.race([deps.lookups.read().catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Failures with the admin link, order number and fix hint of each. */
export async function toFailures(deps: FailureReadDeps, rows: DeadLetterRow[]): Promise<Failure[]> {
  const refunds = rows.filter((row) => row.flow === 'refund').map((row) => row.record_key);
  const orderOfRefund = await ordersOfRefunds(deps.db, refunds);
  const orderGuidOf = (row: DeadLetterRow) =>
    ORDER_FLOWS.has(row.flow) ? row.record_key : (orderOfRefund.get(row.record_key) ?? null);
  const guids = rows.map(orderGuidOf).filter((guid): guid is string => !!guid && GUID.test(guid));
  const numbers = guids.length > 0 ? await orderNumbersOf(deps.db, guids) : new Map();
  const names = await namesOf(deps, rows);
  return rows.map((row) => {
    const orderGuid = orderGuidOf(row);
    return {
      id: Number(row.id),
      flow: row.flow,
      recordKey: row.record_key,
      reason: row.reason,
      message: row.message,
      payload: row.payload,
      createdAt: iso(row.created_at),
      link: linkOf(row, orderOfRefund.get(row.record_key) ?? null),
      orderNumber: (orderGuid && numbers.get(orderGuid.toLowerCase())) ?? null,
      hint: fixHintOf(row, names),
    };
  });
}

const ORDER_FLOWS = new Set([
  'order',
  'order-write-back',
  'order-annotate',
  'order-status',
  'payment',
  'payment-fee',
  // A Brightpearl credit Kentico refused is keyed by its Kentico order (sync/refunds/credit-refusals.ts).
  'brightpearl-credit',
]);

/** Where the admin shows the failed record. */
function linkOf(row: DeadLetterRow, refundOrder: string | null): string {
  if (ORDER_FLOWS.has(row.flow)) return `/orders/${row.record_key}`;
  if (row.flow === 'refund' && refundOrder) return `/orders/${refundOrder}`;
  if (row.flow === 'product') return `/products/${row.record_key}`;
  return `/failures/${row.id}`;
}
