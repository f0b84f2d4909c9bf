import { setTimeout as sleep } from 'node:timers/promises';

import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import type { Job, JobQueue } from './job';
import { createJobQueue } from './job-queue';
import { type QueueDeclarations, QUEUES } from './queues';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

/**
 * Backoff so long (10 min and more) that a job recovered after a crash could only run within the
 * tests' deadlines if it is handed back to run at once.
 */
const SLOW_RETRIES: QueueDeclarations = {
  ...QUEUES,
  orderSync: { ...QUEUES.orderSync, retryDelay: 600, retryBackoff: true },
};

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

/** The store as a killed instance sees it: its heartbeat writes no longer arrive. */
function silencing(store: Store, silenced: { on: boolean }): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'query')
        return (sql: string, params?: unknown[]) =>
          silenced.on && /INTO instances/.test(sql)
            ? Promise.reject(new Error('instance killed'))
            : target.query(sql, params);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

type Data = { guid: string };

describe.each(testBackends(POSTGRES_URL))('recovery of a crashed instance on $name', (backend) => {
  let handle: TestStore;
  let store: Store;
  const queues: JobQueue[] = [];
  const open = (db: Store): JobQueue => {
    const queue = createJobQueue({
      store: db,
      logger,
      databaseUrl: backend.databaseUrl,
      schema: handle.bossSchema ?? 'pgboss',
      queues: SLOW_RETRIES,
      heartbeatSeconds: 0.5,
      staleSeconds: 4,
    });
    queues.push(queue);
    return queue;
  };

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.stop();
  });
  afterAll(() => handle.dispose());

  it('a killed instance’s active job runs again on a survivor within seconds', async () => {
    const silenced = { on: false };
    const doomed = open(silencing(store, silenced));
    const survivor = open(store);
    await doomed.start();
    await survivor.start();
    let unblock: () => void = () => undefined;
    const doomedRuns: string[] = [];
    await doomed.work<Data>('order-sync', async (job) => {
      doomedRuns.push(job.data.guid);
      await new Promise<void>((resolve) => (unblock = resolve));
    });
    const id = await doomed.enqueue('order-sync', { guid: 'in-hand' });
    await eventually(() => (doomedRuns.includes('in-hand') ? true : undefined), 10_000);
    // Only now may the survivor take order-sync jobs: the doomed instance holds this one.
    const survivorRuns: Array<Job<Data>> = [];
    await survivor.work<Data>('order-sync', async (job) => void survivorRuns.push(job));
    silenced.on = true; // SIGKILL: the job stays 'active', its holder goes silent.

    try {
      const rerun = await eventually(() => survivorRuns.find((job) => job.id === id), 40_000);
      expect(rerun).toMatchObject({ data: { guid: 'in-hand' }, retryCount: 1 });
    } finally {
      unblock(); // never leave a job in hand for the next test
    }
  }, 90_000);

  it('a job its holder fetched after its last beat is handed back too, once no instance lists it', async () => {
    // Killed before any beat listed the job: once its silent row is forgotten (the jobs it did
    // list handed back), no row points at this one any more.
    const silenced = { on: false };
    const doomed = open(silencing(store, silenced));
    const survivor = open(store);
    await doomed.start();
    await survivor.start();
    silenced.on = true;
    const rows = async () => (await store.query(`SELECT id FROM instances`)).length;
    await eventually(async () => ((await rows()) === 1 ? true : undefined), 10_000);
    const doomedRuns: string[] = [];
    await doomed.work<Data>('order-sync', async (job) => {
      doomedRuns.push(job.data.guid);
      await new Promise<void>(() => undefined); // never finishes: the process is gone
    });
    const id = await doomed.enqueue('order-sync', { guid: 'unlisted' });
    await eventually(() => (doomedRuns.includes('unlisted') ? true : undefined), 10_000);
    const survivorRuns: Array<Job<Data>> = [];
    await survivor.work<Data>('order-sync', async (job) => void survivorRuns.push(job));

    const rerun = await eventually(() => survivorRuns.find((job) => job.id === id), 40_000);
    expect(rerun).toMatchObject({ data: { guid: 'unlisted' }, retryCount: 1 });
  }, 90_000);

  it('a live instance keeps a job it works on longer than the silence limit', async () => {
    const busy = open(store);
    const watcher = open(store);
    await busy.start();
    await watcher.start();
    const runs: string[] = [];
    let done = false;
    await busy.work<Data>('order-sync', async (job) => {
      runs.push(`busy:${job.id}`);
      await sleep(9_000); // well past staleSeconds (4 s), heartbeating all along
      done = true;
    });
    const id = await busy.enqueue('order-sync', { guid: 'long' });
    await eventually(() => (runs.length > 0 ? true : undefined), 10_000);
    await watcher.work<Data>('order-sync', async (job) => void runs.push(`watcher:${job.id}`));
    await eventually(() => (done ? true : undefined), 40_000);
    const [row] = await store.query<{ state: string; retry_count: number }>(
      `SELECT state, retry_count FROM ${handle.bossSchema ?? 'pgboss'}.job WHERE id = $1`,
      [id],
    );
    await eventually(async () => {
      const [now] = await store.query<{ state: string }>(
        `SELECT state FROM ${handle.bossSchema ?? 'pgboss'}.job WHERE id = $1`,
        [id],
      );
      return now?.state === 'completed' ? true : undefined;
    }, 10_000);
    expect(row?.retry_count).toBe(0);
    expect(runs).toEqual([`busy:${id}`]);
  }, 90_000);

  if (backend.name === 'pglite') {
    it('after a restart, a job the dead process left active runs at once, not after backoff', async () => {
      const before = open(store);
      await before.start();
      const id = await before.enqueue('order-sync', { guid: 'orphan' });
      await before.stop();
      await store.query(
        `UPDATE pgboss.job SET state = 'active', started_on = now() WHERE id = $1`,
        [id],
      );
      const restarted = open(store);
      await restarted.start();
      const runs: Array<Job<Data>> = [];
      await restarted.work<Data>('order-sync', async (job) => void runs.push(job));
      const rerun = await eventually(() => runs.find((job) => job.id === id), 10_000);
      expect(rerun.retryCount).toBe(1);
    }, 90_000);
  }
});
