import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { createSilentLogger } from '../observability/logger';
import { createJobQueue, type JobQueue } from '../queue';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { startRetentionJob } from './retention-job';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

async function eventually<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

describe.each(testBackends(POSTGRES_URL))('the daily retention job ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;
  const instances: JobQueue[] = [];
  const stops: Array<() => void> = [];

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(async () => {
    stops.forEach((stop) => stop());
    for (const queue of instances) await queue.stop();
    await handle.dispose();
  });

  it('runs once per day across two instances started together, and prunes', async () => {
    const oldEvent = randomUUID();
    await store.query(
      `INSERT INTO inbox_events (event_id, source, type, object_key, payload, received_at)
       VALUES ($1, 'brightpearl', 'product.modified', '42', '{}', now() - interval '40 days')`,
      [oldEvent],
    );
    for (let i = 0; i < 2; i++) {
      const queue = createJobQueue({
        store,
        logger,
        databaseUrl: backend.databaseUrl,
        schema: handle.bossSchema ?? 'pgboss',
        pollingIntervalSeconds: 0.1,
      });
      await queue.start();
      instances.push(queue);
      stops.push(await startRetentionJob({ db: store, queue, logger }, { retentionDays: 30 }));
    }

    const runs = () =>
      store.query<{ outcome: string }>(
        `SELECT outcome FROM scheduled_runs WHERE job = 'retention'`,
      );
    await eventually(async () =>
      (await runs()).some((run) => run.outcome === 'done') ? true : undefined,
    );
    const jobs = await store.query<{ state: string }>(
      `SELECT state FROM ${handle.bossSchema ?? 'pgboss'}.job WHERE name = 'retention'`,
    );
    expect(jobs).toHaveLength(1);
    expect(await runs()).toEqual([{ outcome: 'done' }]);
    expect(await store.query(`SELECT 1 FROM inbox_events WHERE event_id = $1`, [oldEvent])).toEqual(
      [],
    );
  });
});
