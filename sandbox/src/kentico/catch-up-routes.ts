import { Router } from 'express';

import {
  CATCH_UP_PATHS,
  type ModifiedCustomersPage,
  type ModifiedRefundsPage,
  ModifiedSinceQuery,
} from '@bpkc/shared-types';

import { sendInvalid } from './bridge-respond';
import { cursorPage } from './cursor-page';
import type { SimContext } from './sim-context';

/**
 * CATCH_UP_PATHS: refunds and customers changed since a cursor, for the companion's catch-up
 * after dropped events (neither bumps the order's OrderModifiedWhen). Mounted before the
 * `/refunds/:guid` and `/customers/:guid` routes; the paths differ anyway (no trailing segment).
 */
export function catchUpRoutes(ctx: SimContext): Router {
  const router = Router();
  const { refunds, customers } = ctx.store;

  router.get(CATCH_UP_PATHS.modifiedRefunds, (req, res) => {
    const query = ModifiedSinceQuery.safeParse(req.query);
    if (!query.success) return sendInvalid(res, query.error);
    // The table's identity column is the insertion order: list() is oldest first.
    const rows = refunds.list().map((refund, id) => ({ refund, id }));
    const key = ({ refund, id }: (typeof rows)[number]) => ({
      instant: refund.RefundCreatedWhen,
      id,
    });
    const { page, nextModifiedSince } = cursorPage(rows, key, query.data);
    const body: ModifiedRefundsPage = {
      refunds: page.map(({ refund }) => ({
        RefundGUID: refund.RefundGUID,
        OrderGUID: refund.OrderGUID,
        RefundCreatedWhen: refund.RefundCreatedWhen,
        Origin: refund.Origin,
      })),
      nextModifiedSince,
    };
    res.json(body);
  });

  router.get(CATCH_UP_PATHS.modifiedCustomers, (req, res) => {
    const query = ModifiedSinceQuery.safeParse(req.query);
    if (!query.success) return sendInvalid(res, query.error);
    const rows = customers.list();
    const key = (row: (typeof rows)[number]) => ({
      instant: row.record.CustomerModifiedWhen,
      id: row.customerId,
    });
    const { page, nextModifiedSince } = cursorPage(rows, key, query.data);
    const body: ModifiedCustomersPage = {
      customers: page.map(({ record }) => ({
        CustomerGUID: record.CustomerGUID,
        CustomerModifiedWhen: record.CustomerModifiedWhen,
      })),
      nextModifiedSince,
    };
    res.json(body);
  });

  return router;
}
