import { setTimeout as sleep } from 'node:timers/promises';

import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import type { JobQueue } from './job';
import { createJobQueue } from './job-queue';
import { scheduleEvery, slotSeconds } from './schedule';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

it('rounds intervals to whole seconds, at least one', () => {
  expect([slotSeconds(30), slotSeconds(0.5 * 60), slotSeconds(0.2), slotSeconds(2.6)]).toEqual([
    30, 30, 1, 3,
  ]);
});

describe.each(testBackends(POSTGRES_URL))('schedule across two instances on $name', (backend) => {
  let handle: TestStore;
  let store: Store;
  const instances: JobQueue[] = [];
  const bossSchema = (): string => handle.bossSchema ?? 'pgboss';

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    for (let i = 0; i < 2; i++) {
      const queue = createJobQueue({
        store,
        logger,
        databaseUrl: backend.databaseUrl,
        schema: bossSchema(),
      });
      await queue.start();
      instances.push(queue);
    }
  });
  afterAll(async () => {
    for (const queue of instances) await queue.stop();
    await handle.dispose();
  });

  it('keeps one job per slot however many instances send it', async () => {
    const send = (queue: JobQueue) =>
      queue.enqueue(
        'reconcile',
        { trigger: 'schedule' },
        {
          singletonKey: 'schedule',
          singletonSeconds: 3600,
        },
      );
    const ids = [await send(instances[0]!), await send(instances[1]!), await send(instances[0]!)];
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
  });

  it('both instances ticking every half slot: exactly one job in each slot', async () => {
    const stops = instances.map((queue) =>
      scheduleEvery(queue, { name: 'lifecycle-sweep', intervalSeconds: 1, logger }),
    );
    const slots = async () =>
      store.query<{ slot: string; jobs: number | string }>(
        `SELECT singleton_on::text AS slot, count(*) AS jobs FROM ${bossSchema()}.job
         WHERE name = 'lifecycle-sweep' GROUP BY singleton_on`,
      );
    const deadline = Date.now() + 30_000;
    while ((await slots()).length < 3 && Date.now() < deadline) await sleep(100);
    stops.forEach((stop) => stop());

    const found = await slots();
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.every((slot) => slot.slot !== null && Number(slot.jobs) === 1)).toBe(true);
  });
});
