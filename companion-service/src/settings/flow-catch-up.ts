import type { MappingSource } from '../mapping';
import type { Logger } from '../observability/logger';
import type { JobQueue, QueueName } from '../queue';
import type { Db } from '../store';
import { readCatalogImport } from '../sync/catalog/catalog-import';
import { type InboxPageEntry, inboxEventsSince } from '../sync/intake/inbox-repository';
import { ifLeaseFree } from '../sync/leases';
import { clearFlowMarker, readFlowMarkers } from './flow-markers';
import { type FlowName, flowEnabled } from './flow-switches';

export interface FlowCatchUpDeps {
  db: Db;
  queue: JobQueue;
  logger: Logger;
  mappings: MappingSource;
}

type QueuedJob = { queue: QueueName; data: unknown };

/** The drain job a Brightpearl webhook starts: it works through every dirty (or due) record. */
const FROM_WEBHOOK = { trigger: 'webhook', source: 'brightpearl' };
const DRAINS: Partial<Record<FlowName, QueuedJob[]>> = {
  stock: [{ queue: 'stock-sync', data: FROM_WEBHOOK }],
  catalog: [{ queue: 'catalog-sync', data: FROM_WEBHOOK }],
  shipments: [{ queue: 'shipments', data: FROM_WEBHOOK }],
  statuses: [{ queue: 'order-status', data: { source: 'brightpearl' } }],
  payments: [{ queue: 'payments', data: { trigger: 'replay' } }],
};

/** Kentico events whose jobs are per record: replayed from the inbox (as intake enqueued them). */
const REPLAYS: Partial<Record<FlowName, Record<string, (entry: InboxPageEntry) => QueuedJob>>> = {
  orders: {
    'order.created': orderSync,
    'order.updated': orderSync,
  },
  catalog: {
    'product.updated': (e) => ({ queue: 'product-create', data: { productGuid: e.objectKey } }),
  },
  statuses: {
    'order.status-changed': (e) => ({
      queue: 'order-status',
      data: { source: 'kentico', orderGuid: e.objectKey },
    }),
  },
  refunds: { 'refund.created': (e) => ({ queue: 'refunds', data: { refundGuid: e.objectKey } }) },
  customers: {
    'customer.created': (e) => ({ queue: 'customers', data: { customerGuid: e.objectKey } }),
    'customer.updated': (e) => ({ queue: 'customers', data: { customerGuid: e.objectKey } }),
  },
};

function orderSync(entry: InboxPageEntry): QueuedJob {
  return {
    queue: 'order-sync',
    data: { orderGuid: entry.objectKey, trigger: 'event', eventId: entry.eventId },
  };
}

const PAGE = 500;
/** Jobs and events are stored in one transaction (same instant); a second covers clock detail. */
const MARGIN_MS = 1000;
export const FLOW_CATCH_UP_LEASE = 'flow-catch-up';

/**
 * Enqueues again what each switched-on flow skipped while it was off, then clears its marker.
 * Duplicates are harmless (every flow is idempotent on its record); a miss is not, so the replay
 * starts a little before the marker. Under a lease: one instance catches up at a time.
 */
export async function catchUpFlows(deps: FlowCatchUpDeps): Promise<FlowName[]> {
  const markers = await readFlowMarkers(deps.db);
  if (markers.size === 0) return [];
  const { mapping } = await deps.mappings.current();
  const due = [...markers].filter(([flow]) => flowEnabled(mapping, flow));
  if (due.length === 0) return [];
  const outcome = await ifLeaseFree(deps.db, { key: FLOW_CATCH_UP_LEASE }, async () => {
    for (const [flow, since] of due) {
      const jobs = await catchUpFlow(deps, flow, since);
      await clearFlowMarker(deps.db, flow, since);
      deps.logger.info('Flow switched on: skipped work enqueued again', { flow, jobs });
    }
    return due.map(([flow]) => flow);
  });
  return outcome.ran ? outcome.value : [];
}

async function catchUpFlow(deps: FlowCatchUpDeps, flow: FlowName, since: string): Promise<number> {
  const drains = [...(DRAINS[flow] ?? [])];
  if (flow === 'catalog' && (await readCatalogImport(deps.db))?.status === 'running')
    drains.push({ queue: 'catalog-sync', data: { trigger: 'import' } });
  await deps.queue.enqueueMany(drains);
  const replay = REPLAYS[flow];
  if (!replay) return drains.length;
  const from = new Date(Date.parse(since) - MARGIN_MS).toISOString();
  let enqueued = drains.length;
  let after: InboxPageEntry | undefined;
  for (;;) {
    const page = await inboxEventsSince(deps.db, {
      types: Object.keys(replay),
      since: from,
      after,
      limit: PAGE,
    });
    if (page.length === 0) return enqueued;
    await deps.queue.enqueueMany(page.map((entry) => replay[entry.type]!(entry)));
    enqueued += page.length;
    after = page.at(-1);
  }
}

/** How often each instance looks for flows switched back on with work to catch up. */
export const CATCH_UP_CHECK_MS = 15_000;

/** Runs the catch-up every `checkMs` on this instance; returns a stop function. */
export function startFlowCatchUp(deps: FlowCatchUpDeps, checkMs = CATCH_UP_CHECK_MS): () => void {
  const timer = setInterval(() => {
    catchUpFlows(deps).catch((error: unknown) =>
      deps.logger.warn('Flow catch-up failed; tried again shortly', { error }),
    );
  }, checkMs);
  timer.unref();
  return () => clearInterval(timer);
}
