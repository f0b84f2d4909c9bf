import { parseIdSet } from '@bpkc/shared-types';
import type { Request, Response, Router } from 'express';

import type { LifecycleState } from './lifecycle-state';
import { searchPage } from './search-body';

// Column orders are shuffled on purpose: decoding must go by name.
const GON_COLUMNS = ['shippedOn', 'orderId', 'goodsOutNoteId', 'shipped'];
const ORDER_COLUMNS = [
  'externalRef',
  'updatedOn',
  'parentOrderId',
  'orderTypeId',
  'orderId',
  'orderStatusId',
];

export const notFound = (res: Response, message: string): void =>
  void res.status(404).json({ errors: [{ code: 'CMNC-404', message }] });

/** `updatedOn=2026-01-01T00:00:00Z/` → the start of the window, as epoch ms. */
export function periodStart(req: Request, column: string): number {
  const start = Date.parse(String(req.query[column] ?? '').replace(/\/$/, ''));
  return Number.isNaN(start) ? 0 : start;
}

const since = (value: unknown, start: number): boolean => Date.parse(String(value)) >= start;

/** Goods-out notes, orders, order status and sales credits (reference §5, §8, §9.2). */
export function lifecycleRoutes(router: Router, state: LifecycleState): void {
  router.get('/warehouse-service/order/:orderIds/goods-note/goods-out/:idSet', (req, res) => {
    const found = parseIdSet(String(req.params.idSet)).flatMap((id) => {
      const note = state.notes.get(id);
      return note ? [[String(id), note] as const] : [];
    });
    if (found.length === 0) return notFound(res, 'No goods out notes found');
    res.json({ response: Object.fromEntries(found) });
  });
  router.get('/warehouse-service/goods-note/goods-out-search', (req, res) => {
    const start = periodStart(req, 'shippedOn');
    const rows = state.shippedNotes.filter((row) => since(row.shippedOn, start));
    const { maxPageSize } = state;
    res.json(searchPage({ columns: GON_COLUMNS, rows, query: req.query, maxPageSize }));
  });
  router.get('/order-service/order/:idSet', (req, res) => {
    const ids = parseIdSet(String(req.params.idSet));
    // The order service answers 200 [] for unknown ids (reference §3.3).
    res.json({ response: ids.flatMap((id) => state.orders.get(id) ?? []) });
  });
  router.put('/order-service/order/:id/status', (req, res) => {
    const body = req.body as { orderStatusId?: unknown };
    if (typeof body.orderStatusId !== 'number') {
      res.status(400).json({ errors: [{ code: 'ORDC-101', message: 'made-up: no status' }] });
      return;
    }
    state.statusChanges.push({ orderId: Number(req.params.id), body });
    res.json({});
  });
  router.post('/order-service/sales-credit', (_req, res) => res.json({ response: 4800 }));
  router.get('/order-service/order-search', (req, res) => {
    const start = periodStart(req, 'updatedOn');
    const type = req.query.orderTypeId === undefined ? null : Number(req.query.orderTypeId);
    const rows = state.orderRows.filter(
      (row) => since(row.updatedOn, start) && (type === null || row.orderTypeId === type),
    );
    const { maxPageSize } = state;
    res.json(searchPage({ columns: ORDER_COLUMNS, rows, query: req.query, maxPageSize }));
  });
}
