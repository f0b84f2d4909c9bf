import type { KenticoOrder } from '@bpkc/shared-types';

import type { Db } from '../../../store';
import { fingerprintOf } from './order-fingerprint';

// The one owner of order_gate_history (ADR 0012); retention prunes it by placed_at.

/** How many recent orders the outlier statistics look at. */
export const RECENT_ORDERS = 500;

export interface HistoryFigures {
  grandTotal: number;
  units: number;
}

/**
 * Remembers an order for the outlier and duplicate checks. Idempotent: a redelivered or
 * re-evaluated order keeps its first row, so its place in "which came first" never moves.
 */
export async function recordOrderHistory(db: Db, order: KenticoOrder): Promise<void> {
  const print = fingerprintOf(order);
  await db.query(
    `INSERT INTO order_gate_history
       (order_guid, order_number, email_hash, basket_hash, currency, grand_total, units, placed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (order_guid) DO NOTHING`,
    [
      order.OrderGUID,
      order.OrderNumber,
      print.emailHash,
      print.basketHash,
      order.BpcCurrencyCode.toUpperCase(),
      order.OrderGrandTotal,
      print.units,
      order.OrderCreatedWhen,
    ],
  );
}

/** The store's latest orders in this order's currency, this order excluded. */
export async function recentOrderFigures(db: Db, order: KenticoOrder): Promise<HistoryFigures[]> {
  const rows = await db.query<{ grand_total: string | number; units: number }>(
    `SELECT grand_total, units FROM order_gate_history
     WHERE currency = $1 AND order_guid <> $2
     ORDER BY placed_at DESC LIMIT $3`,
    [order.BpcCurrencyCode.toUpperCase(), order.OrderGUID, RECENT_ORDERS],
  );
  return rows.map((row) => ({ grandTotal: Number(row.grand_total), units: Number(row.units) }));
}

export interface EarlierTwin {
  orderNumber: string;
  placedAt: Date;
}

/**
 * Another order with the same customer e-mail and basket, placed within `windowMinutes` of this
 * one and first seen before it. "First seen" (not "placed first") decides which of a pair is
 * flagged, so orders arriving out of order still flag one of them, and re-evaluating the first
 * (a retry, an approval) never flags it because of the second.
 */
export async function findEarlierTwin(
  db: Db,
  order: KenticoOrder,
  windowMinutes: number,
): Promise<EarlierTwin | undefined> {
  const print = fingerprintOf(order);
  if (print.emailHash === null) return undefined;
  const [row] = await db.query<{ order_number: string; placed_at: string | Date }>(
    `SELECT order_number, placed_at FROM order_gate_history
     WHERE email_hash = $1 AND basket_hash = $2 AND order_guid <> $3
       AND placed_at BETWEEN $4::timestamptz - $5::int * interval '1 minute'
                         AND $4::timestamptz + $5::int * interval '1 minute'
       AND seen_seq < COALESCE(
         (SELECT seen_seq FROM order_gate_history WHERE order_guid = $3), 9223372036854775807)
     ORDER BY seen_seq LIMIT 1`,
    [print.emailHash, print.basketHash, order.OrderGUID, order.OrderCreatedWhen, windowMinutes],
  );
  return row && { orderNumber: row.order_number, placedAt: new Date(row.placed_at) };
}
