import { KenticoEvent } from '@bpkc/shared-types';
import { setTimeout as sleep } from 'node:timers/promises';

import { createMappingSource, openMappingSource } from '../mapping';
import { createSilentLogger } from '../observability/logger';
import { createJobQueue, type JobQueue } from '../queue';
import { migrate, openStore, type Store } from '../store';
import { acceptKenticoEvents } from '../sync/intake/kentico-event-intake';
import { startScheduledJob } from '../sync/scheduled-job';
import { maxRunsPerInterval } from '../sync/scheduled-runs';
import { catchUpFlows } from './flow-catch-up';
import { flowGatedQueue } from './flow-gated-queue';
import { readFlowMarkers } from './flow-markers';
import { liveInterval } from './schedule-intervals';
import { guid, mappingWith, saveSettings } from './test-support';

const logger = createSilentLogger();
let store: Store;
const queues: JobQueue[] = [];

async function eventually<T>(probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

async function startQueue(): Promise<JobQueue> {
  const queue = createJobQueue({ store, logger, pollingIntervalSeconds: 0.1 });
  await queue.start();
  queues.push(queue);
  return queue;
}

beforeAll(async () => {
  store = await openStore({ logger });
  await migrate(store, logger);
});
afterAll(async () => {
  for (const queue of queues) await queue.stop();
  await store.close();
});

it('orders switched off: the order is kept, not worked; switched on, it syncs once', async () => {
  const queue = await startQueue();
  const mappings = await openMappingSource({ db: store, initial: mappingWith(['orders']) });
  const gated = flowGatedQueue(queue, {
    flow: 'orders',
    queues: ['order-sync'],
    db: store,
    mappings,
  });
  const synced: string[] = [];
  await gated.work<{ orderGuid: string }>('order-sync', async (job) => {
    synced.push(job.data.orderGuid);
  });
  const orderGuid = guid();
  const event = KenticoEvent.parse({
    eventId: guid(),
    type: 'order.created',
    objectGuid: orderGuid,
    occurredAt: new Date().toISOString(),
  });
  await acceptKenticoEvents({ db: store, queue }, [event]);
  // The job ran and did nothing but remember that the flow has work to catch up.
  await eventually(async () => ((await readFlowMarkers(store)).has('orders') ? true : undefined));
  expect(synced).toEqual([]);

  await saveSettings(store, mappingWith([]));
  expect(await catchUpFlows({ db: store, queue, logger, mappings })).toEqual(['orders']);
  await eventually(async () => (synced.length > 0 ? true : undefined));
  await sleep(500);
  expect(synced).toEqual([orderGuid]);
});

it('a schedule saved in the settings applies from the next tick on both instances, once per slot', async () => {
  await saveSettings(store, mappingWith([], { schedules: { reconcileSeconds: 1 } }));
  const [a, b] = [await startQueue(), await startQueue()];
  const stops: Array<() => void> = [];
  for (const [owner, queue] of [
    ['instance-a', a!],
    ['instance-b', b!],
  ] as const) {
    // Each instance reads the store through its own source, as separate processes would.
    const mappings = createMappingSource({ db: store, initial: mappingWith([]) });
    const interval = liveInterval(mappings, 'reconcileSeconds', {
      reconcileSeconds: 3600,
      sweepSeconds: 60,
      stockFullCompareMinutes: 60,
    });
    stops.push(
      await startScheduledJob(
        { db: store, queue, logger },
        {
          name: 'reconcile',
          intervalSeconds: interval,
          leaseKey: 'test-reconcile',
          owner,
          handler: () => sleep(50),
        },
      ),
    );
  }
  const intervals = async () =>
    (
      await store.query<{ seconds: string }>(
        `SELECT DISTINCT data->>'intervalSeconds' AS seconds FROM pgboss.job WHERE name = 'reconcile'`,
      )
    ).map((row) => Number(row.seconds));
  await eventually(async () => ((await intervals()).includes(1) ? true : undefined));

  await saveSettings(store, mappingWith([], { schedules: { reconcileSeconds: 2 } }));
  await eventually(async () => ((await intervals()).includes(2) ? true : undefined));
  await eventually(async () => {
    const [row] = await store.query<{ n: string }>(
      `SELECT count(DISTINCT slot_start) AS n FROM scheduled_runs
       WHERE job = 'reconcile' AND outcome = 'done'`,
    );
    return Number(row?.n) >= 3 ? true : undefined;
  });
  stops.forEach((stop) => stop());
  expect(await maxRunsPerInterval(store)).toBe(1);
  expect((await intervals()).sort()).toEqual([1, 2]);
});
