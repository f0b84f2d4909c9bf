import type { BrightpearlClient } from '../brightpearl';
import { countOpenFailuresByFlowAndReason } from '../dead-letters/open-failure-figures';
import type { LiveFigures } from '../observability/live-figures';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { countOrders } from '../sync/orders/order-sync-figures';

/** The gauges' figures (Prometheus scrape, OpenTelemetry export), each from its owner. */
export async function readLiveFigures(deps: {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
}): Promise<LiveFigures> {
  const [openFailures, orders, queueDepths] = await Promise.all([
    countOpenFailuresByFlowAndReason(deps.db),
    countOrders(deps.db),
    deps.queue.depths(),
  ]);
  const budget = deps.brightpearl.stats();
  return {
    openFailures,
    heldOrders: orders.held,
    queueDepths,
    brightpearl: {
      inWindow: budget.inWindow,
      allowance: budget.allowance,
      requestsRemaining: budget.requestsRemaining,
    },
  };
}
