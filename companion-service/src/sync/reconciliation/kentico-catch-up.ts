import type { KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { knownRefunds } from '../refunds/refund-repository';
import { walkModifiedCursor, type WalkResult } from './modified-cursor';

export const REFUNDS_CURSOR_KEY = 'kentico-refunds-cursor';
export const CUSTOMERS_CURSOR_KEY = 'kentico-customers-cursor';

export interface KenticoCatchUpDeps {
  db: Db;
  queue: JobQueue;
  kentico: KenticoBridgeClient;
  logger: Logger;
  goLiveDate: string;
  graceSeconds: number;
}

export interface KenticoCatchUpResult {
  refunds: WalkResult;
  customers: WalkResult;
}

/**
 * The Kentico side of "correct even when every event is dropped" for refunds and customers,
 * which do not bump the order's OrderModifiedWhen (statuses ride on the order walk, see
 * status-catch-up.ts). Runs inside the reconcile job, so once per cluster. It only enqueues the
 * flows' own jobs: a refund already in refund_sync is skipped without a call, and an unchanged
 * customer's job finds its field-group hashes equal and makes no Brightpearl call.
 */
export async function catchUpKentico(deps: KenticoCatchUpDeps): Promise<KenticoCatchUpResult> {
  const refunds = await walkModifiedCursor(deps, {
    settingKey: REFUNDS_CURSOR_KEY,
    list: async (since, limit) => {
      const page = await deps.kentico.listModifiedRefunds(since, limit);
      return { rows: page.refunds, next: page.nextModifiedSince };
    },
    instantOf: (refund) => refund.RefundCreatedWhen,
    handle: async (rows) => {
      // A refund recorded from a Brightpearl credit has nothing to push back.
      const ours = rows.filter((refund) => refund.Origin === 'kentico');
      if (ours.length === 0) return 0;
      const known = await knownRefunds(
        deps.db,
        ours.map((refund) => refund.RefundGUID),
      );
      const lost = ours.filter((refund) => !known.has(refund.RefundGUID.toLowerCase()));
      for (const refund of lost)
        await deps.queue.enqueue('refunds', { refundGuid: refund.RefundGUID });
      return lost.length;
    },
  });
  const customers = await walkModifiedCursor(deps, {
    settingKey: CUSTOMERS_CURSOR_KEY,
    list: async (since, limit) => {
      const page = await deps.kentico.listModifiedCustomers(since, limit);
      return { rows: page.customers, next: page.nextModifiedSince };
    },
    instantOf: (customer) => customer.CustomerModifiedWhen,
    handle: async (rows) => {
      for (const customer of rows)
        await deps.queue.enqueue('customers', { customerGuid: customer.CustomerGUID });
      return rows.length;
    },
  });
  if (refunds.enqueued > 0)
    deps.logger.warn('Kentico catch-up found refunds never synced', { count: refunds.enqueued });
  return { refunds, customers };
}
