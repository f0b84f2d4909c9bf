import type { FlowLastSuccess, Overview, SyncStatus } from '@bpkc/shared-types';

import type { Db } from '../store';
import { readFlowFigures } from '../sync/flow-figures';
import {
  deriveConnections,
  type HealthSignals,
  type LiveHealth,
  withLiveHealth,
} from './connection-health';
import { isoOrNull } from './sql-values';

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
  const figures = await readFlowFigures(deps.db);
  const lastSuccess = Object.fromEntries(
    FLOWS.map((flow) => [flow, isoOrNull(figures.lastSuccess[flow])]),
  ) as FlowLastSuccess;
  const signals: HealthSignals = {
    lastSuccess,
    requestsRemaining: status.brightpearl.requestsRemaining,
    writeBacksOverdue: figures.orders.writeBacksOverdue,
    ordersRetrying: figures.orders.ordersRetrying,
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
    throughput: { lastHour: figures.orders.syncedLastHour, lastDay: figures.orders.syncedLastDay },
    failures: status.deadLetters,
    lastSuccess,
  };
}
