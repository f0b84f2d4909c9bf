import type { FlowName } from '@bpkc/shared-types';

import { openMappingSource } from '../mapping';
import { createSilentLogger } from '../observability/logger';
import { createJobQueue, type JobQueue } from '../queue';
import { migrate, openStore, type Store } from '../store';
import { storeInboxEvents } from '../sync/intake/inbox-repository';
import { catchUpFlows } from './flow-catch-up';
import { readFlowMarkers } from './flow-markers';
import { guid, mappingWith, queuedJobs, saveSettings } from './test-support';
import { whenFlowOn } from './when-flow-on';

const logger = createSilentLogger();
let store: Store;
let queue: JobQueue;

// One store for the file (starting PGlite and pg-boss is the slow part); each test starts empty.
beforeAll(async () => {
  store = await openStore({ logger });
  await migrate(store, logger);
  queue = createJobQueue({ store, logger });
  await queue.start();
});
afterAll(async () => {
  await queue.stop();
  await store.close();
});
beforeEach(async () => {
  await store.query(`DELETE FROM installation_settings WHERE key LIKE 'flow-off-since:%'`);
  await store.query(`DELETE FROM inbox_events`);
  await store.query(`DELETE FROM mapping_versions`);
  await store.query(`DELETE FROM pgboss.job`);
});

/** Runs one job of `flow` through the switch, with the given mapping; says whether it worked. */
async function runJob(flow: FlowName, off: FlowName[], createdOn: Date): Promise<boolean> {
  let worked = false;
  const handler = whenFlowOn(flow, async () => {
    worked = true;
  });
  const mapping = mappingWith(off);
  await handler(
    { db: store, mapping, mappingVersion: 1 },
    { id: 'j', data: {}, retryCount: 0, createdOn },
  );
  return worked;
}

async function kenticoEvent(type: string, receivedAt: string): Promise<string> {
  const objectGuid = guid();
  const eventId = guid();
  await storeInboxEvents(store, [
    { eventId, source: 'kentico', type, objectKey: objectGuid, payload: {} },
  ]);
  await store.query(`UPDATE inbox_events SET received_at = $2 WHERE event_id = $1`, [
    eventId,
    receivedAt,
  ]);
  return objectGuid;
}

describe('flow switches', () => {
  it.each([
    'orders',
    'stock',
    'catalog',
    'shipments',
    'statuses',
    'payments',
    'refunds',
    'customers',
  ] as FlowName[])(
    '%s: off, its job does no work and is remembered; on, it works',
    async (flow) => {
      const skippedAt = new Date('2026-12-01T10:00:00.000Z');
      expect(await runJob(flow, [flow], skippedAt)).toBe(false);
      expect(await readFlowMarkers(store)).toEqual(new Map([[flow, skippedAt.toISOString()]]));
      // Another flow switched off does not stop this one.
      const other: FlowName = flow === 'orders' ? 'stock' : 'orders';
      expect(await runJob(flow, [other], new Date())).toBe(true);
    },
  );

  it('keeps the earliest skipped instant when jobs skip out of order', async () => {
    await runJob('refunds', ['refunds'], new Date('2026-12-01T10:05:00.000Z'));
    await runJob('refunds', ['refunds'], new Date('2026-12-01T10:00:00.000Z'));
    await runJob('refunds', ['refunds'], new Date('2026-12-01T10:09:00.000Z'));
    expect((await readFlowMarkers(store)).get('refunds')).toBe('2026-12-01T10:00:00.000Z');
  });
});

describe('catch-up once a flow is switched back on', () => {
  it('replays the Kentico events received since the first skipped job, not older ones', async () => {
    const before = await kenticoEvent('order.created', '2026-12-01T09:00:00.000Z');
    const during = await kenticoEvent('order.created', '2026-12-01T10:00:00.000Z');
    const updated = await kenticoEvent('order.updated', '2026-12-01T11:00:00.000Z');
    const refund = await kenticoEvent('refund.created', '2026-12-01T11:00:00.000Z');
    await runJob('orders', ['orders'], new Date('2026-12-01T10:00:00.000Z'));
    const mappings = await openMappingSource({ db: store, initial: mappingWith(['orders']) });
    const deps = { db: store, queue, logger, mappings };

    // Still off: nothing is enqueued and the marker stays.
    expect(await catchUpFlows(deps)).toEqual([]);
    expect(await queuedJobs(store, 'order-sync')).toEqual([]);

    await saveSettings(store, mappingWith([]));
    expect(await catchUpFlows(deps)).toEqual(['orders']);
    const replayed = (await queuedJobs(store, 'order-sync')) as Array<{ orderGuid: string }>;
    expect(replayed.map((job) => job.orderGuid).sort()).toEqual([during, updated].sort());
    expect(replayed.map((job) => job.orderGuid)).not.toContain(before);
    // Another flow's events are not this flow's work.
    expect(await queuedJobs(store, 'refunds')).toEqual([]);
    expect(refund).toBeDefined();
    expect(await readFlowMarkers(store)).toEqual(new Map());
    // Caught up: the next check finds nothing to do.
    expect(await catchUpFlows(deps)).toEqual([]);
  });

  it.each([
    ['stock', 'stock-sync', { trigger: 'webhook', source: 'brightpearl' }],
    ['shipments', 'shipments', { trigger: 'webhook', source: 'brightpearl' }],
    ['statuses', 'order-status', { source: 'brightpearl' }],
    ['payments', 'payments', { trigger: 'replay' }],
    ['catalog', 'catalog-sync', { trigger: 'webhook', source: 'brightpearl' }],
  ] as const)('%s: one drain job over the records left dirty or due', async (flow, name, data) => {
    await runJob(flow, [flow], new Date());
    const mappings = await openMappingSource({ db: store, initial: mappingWith([]) });
    expect(await catchUpFlows({ db: store, queue, logger, mappings })).toEqual([flow]);
    expect(await queuedJobs(store, name)).toEqual([data]);
  });

  it.each([
    { flow: 'refunds', type: 'refund.created', name: 'refunds', field: 'refundGuid' },
    { flow: 'customers', type: 'customer.updated', name: 'customers', field: 'customerGuid' },
    { flow: 'catalog', type: 'product.updated', name: 'product-create', field: 'productGuid' },
  ] as const)(
    '$flow: its Kentico events are enqueued again',
    async ({ flow, type, name, field }) => {
      const skippedAt = new Date();
      const object = await kenticoEvent(type, skippedAt.toISOString());
      await runJob(flow, [flow], skippedAt);
      const mappings = await openMappingSource({ db: store, initial: mappingWith([]) });
      await catchUpFlows({ db: store, queue, logger, mappings });
      expect(await queuedJobs(store, name)).toEqual([{ [field]: object }]);
    },
  );

  it('a job skipped again during the catch-up (earlier instant) keeps the marker', async () => {
    await runJob('customers', ['customers'], new Date('2026-12-01T10:00:00.000Z'));
    const mappings = await openMappingSource({ db: store, initial: mappingWith([]) });
    const racing = {
      ...queue,
      enqueueMany: async (...args: Parameters<JobQueue['enqueueMany']>) => {
        // An instance still on the old version skips a job enqueued earlier, meanwhile.
        await runJob('customers', ['customers'], new Date('2026-12-01T09:00:00.000Z'));
        return queue.enqueueMany(...args);
      },
    };
    await kenticoEvent('customer.created', '2026-12-01T10:30:00.000Z');
    await catchUpFlows({ db: store, queue: racing, logger, mappings });
    expect((await readFlowMarkers(store)).get('customers')).toBe('2026-12-01T09:00:00.000Z');
  });
});
