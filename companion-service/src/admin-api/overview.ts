import type { FlowLastSuccess, Overview, SyncStatus } from '@bpkc/shared-types';

import type { Db } from '../store';
import {
  deriveConnections,
  type HealthSignals,
  type LiveHealth,
  withLiveHealth,
} from './connection-health';
import { type DbTime, isoOrNull } from './sql-values';

type Row = Record<keyof FlowLastSuccess, DbTime | null> & {
  last_hour: number | string;
  last_day: number | string;
  write_backs_overdue: number | string;
  orders_retrying: number | string;
};

/** Per-flow last success and order throughput, read in one statement. */
const FIGURES = `SELECT
  (SELECT max(synced_at) FROM order_sync) AS "orders",
  (SELECT max(written_back_at) FROM order_sync) AS "orderWriteBack",
  (SELECT max(pushed_at) FROM stock_levels) AS "stockPush",
  (SELECT max(finished_at) FROM stock_compare_runs) AS "stockFullCompare",
  (SELECT max(recorded_at) FROM shipments) AS "shipments",
  (SELECT max(recorded_at) FROM order_payments) AS "payments",
  (SELECT max(updated_at) FROM refund_sync WHERE state = 'synced') AS "refunds",
  (SELECT max(recorded_at) FROM credits_from_brightpearl) AS "creditsFromBrightpearl",
  (SELECT max(updated_at) FROM order_status_sync) AS "orderStatus",
  (SELECT max(updated_at) FROM customer_sync) AS "customers",
  (SELECT count(*) FROM order_sync WHERE synced_at > now() - interval '1 hour') AS last_hour,
  (SELECT count(*) FROM order_sync WHERE synced_at > now() - interval '1 day') AS last_day,
  (SELECT count(*) FROM order_sync WHERE state = 'synced' AND written_back_at IS NULL
     AND synced_at < now() - interval '10 minutes') AS write_backs_overdue,
  (SELECT count(*) FROM order_sync WHERE state IN ('pending', 'syncing') AND last_error IS NOT NULL
     AND updated_at > now() - interval '15 minutes') AS orders_retrying`;

const FLOWS: Array<keyof FlowLastSuccess> = [
  'orders',
  'orderWriteBack',
  'stockPush',
  'stockFullCompare',
  'shipments',
  'payments',
  'refunds',
  'creditsFromBrightpearl',
  'orderStatus',
  'customers',
];

/** GET /overview: the status figures plus what only the tables know. */
export async function readOverview(deps: {
  db: Db;
  status: () => Promise<SyncStatus>;
  connections?: () => Promise<Overview['connections']>;
  liveHealth?: LiveHealth;
}): Promise<Overview> {
  const status = await deps.status();
  const [row] = await deps.db.query<Row>(FIGURES);
  const lastSuccess = Object.fromEntries(
    FLOWS.map((flow) => [flow, isoOrNull(row?.[flow])]),
  ) as FlowLastSuccess;
  const signals: HealthSignals = {
    lastSuccess,
    requestsRemaining: status.brightpearl.requestsRemaining,
    writeBacksOverdue: Number(row?.write_backs_overdue ?? 0),
    ordersRetrying: Number(row?.orders_retrying ?? 0),
  };
  return {
    generatedAt: new Date().toISOString(),
    mode: status.mode,
    startedAt: status.startedAt,
    connections: deps.connections
      ? await deps.connections()
      : withLiveHealth(deriveConnections(signals), deps.liveHealth),
    brightpearlBudget: {
      used: status.brightpearl.callsMade,
      left: status.brightpearl.requestsRemaining,
      throttled: status.brightpearl.throttled,
    },
    queues: status.queue,
    orders: status.orders,
    throughput: { lastHour: Number(row?.last_hour ?? 0), lastDay: Number(row?.last_day ?? 0) },
    failures: status.deadLetters,
    lastSuccess,
  };
}
