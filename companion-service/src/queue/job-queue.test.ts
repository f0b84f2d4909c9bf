import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import type { Job, JobQueue } from './job';
import { createJobQueue } from './job-queue';
import { type QueueDeclarations, QUEUES } from './queues';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

/** Same queues, but retries at once so the dead-letter path takes milliseconds. */
const FAST: QueueDeclarations = {
  ...QUEUES,
  orderSync: { ...QUEUES.orderSync, retryLimit: 2, retryDelay: 0, retryBackoff: false },
};

async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type Data = { guid?: string; fail?: boolean; slow?: boolean };

describe.each(testBackends(POSTGRES_URL))('job queue on $name', (backend) => {
  let handle: TestStore;
  let store: Store;
  let queue: JobQueue;
  // Workers cannot be unregistered, so each test swaps the behaviour behind them.
  let onWriteBack: (job: Job<Data>) => Promise<void> = async () => undefined;
  const syncAttempts: Array<{ data: Data; retryCount: number }> = [];
  const bossSchema = (): string => handle.bossSchema ?? 'pgboss';
  const open = (): JobQueue =>
    createJobQueue({
      store,
      logger,
      databaseUrl: backend.databaseUrl,
      schema: bossSchema(),
      queues: FAST,
    });
  const jobState = async (id: string): Promise<unknown> =>
    (await store.query(`SELECT state FROM ${bossSchema()}.job WHERE id = $1`, [id]))[0]?.state;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    queue = open();
    await queue.start();
    await queue.work<Data>('order-write-back', (job) => onWriteBack(job));
    await queue.work<Data>(
      'order-sync',
      async (job) => {
        syncAttempts.push({ data: job.data, retryCount: job.retryCount });
        if (job.data.fail) throw new Error('Brightpearl said no');
      },
      { concurrency: 2 },
    );
  });
  afterAll(async () => {
    await queue.stop();
    await handle.dispose();
  });

  it('enqueues inside a transaction: rolled back with it, committed with it', async () => {
    const seen: Array<Job<Data>> = [];
    onWriteBack = async (job) => void seen.push(job);
    const saveAndEnqueue = (guid: string, fail: boolean) =>
      store.transaction(async (tx) => {
        await tx.query(`INSERT INTO order_sync (order_guid) VALUES ($1)`, [guid]);
        const id = await queue.enqueue(
          'order-write-back',
          { guid },
          { db: tx, singletonKey: guid },
        );
        if (fail) throw new Error('mapping failed');
        return id;
      });
    const rolledBack = '00000000-0000-4000-8000-000000000001';
    await expect(saveAndEnqueue(rolledBack, true)).rejects.toThrow('mapping failed');
    const committed = '00000000-0000-4000-8000-000000000002';
    const id = await saveAndEnqueue(committed, false);

    await eventually(() => seen[0]);
    expect(seen).toEqual([
      { id, data: { guid: committed }, retryCount: 0, createdOn: expect.any(Date) },
    ]);
    await eventually(async () => ((await jobState(id!)) === 'completed' ? true : undefined));
    const jobs = await store.query(
      `SELECT data FROM ${bossSchema()}.job WHERE name = 'order-write-back'`,
    );
    expect(jobs).toEqual([{ data: { guid: committed } }]);
    expect(await store.query('SELECT order_guid FROM order_sync')).toEqual([
      { order_guid: committed },
    ]);
  });

  it('runs handlers, retries a throwing one and then dead-letters it', async () => {
    await queue.enqueue('order-sync', { guid: 'ok' });
    await queue.enqueue('order-sync', { guid: 'bad', fail: true });
    const letters = () =>
      store.query(
        `SELECT flow, reason, payload FROM dead_letters WHERE reason = 'retries-exhausted'`,
      );
    await eventually(async () => ((await letters()).length > 0 ? true : undefined));

    expect(await letters()).toEqual([
      {
        flow: 'order-sync',
        reason: 'retries-exhausted',
        payload: { job: { guid: 'bad', fail: true } },
      },
    ]);
    const retries = (guid: string) =>
      syncAttempts.filter((a) => a.data.guid === guid).map((a) => a.retryCount);
    expect(retries('ok')).toEqual([0]);
    expect(retries('bad')).toEqual([0, 1, 2]);
  });

  it('reports the depth of every queue and dead-letter queue', async () => {
    await eventually(async () =>
      (await queue.depths())['order-sync-dead-letter'] === 0 ? true : undefined,
    );
    await queue.enqueue(
      'order-write-back',
      { guid: 'later' },
      { startAfterSeconds: 3600, priority: 1 },
    );
    const depths = await queue.depths();
    const declared = Object.values(QUEUES).flatMap((queue) => [queue.name, queue.deadLetter]);
    expect(Object.keys(depths).sort()).toEqual(declared.sort());
    expect(depths).toMatchObject({
      'order-sync': 0,
      'order-sync-dead-letter': 0,
      'order-write-back': 1,
      'order-write-back-dead-letter': 0,
    });
  });

  it('stop() waits for the handler in hand, then fetches nothing more', async () => {
    let release: () => void = () => undefined;
    const started: string[] = [];
    onWriteBack = async (job) => {
      started.push(job.id);
      await new Promise<void>((resolve) => (release = resolve));
    };
    const id = await queue.enqueue('order-write-back', { slow: true });
    await eventually(() => (started.includes(id!) ? true : undefined));
    const stopping = queue.stop();
    setTimeout(() => release(), 100);
    await stopping;
    expect(await jobState(id!)).toBe('completed');
    await expect(queue.enqueue('order-write-back', { slow: true })).rejects.toThrow(/not started/);
    expect(started).toEqual([id]);
  });

  if (backend.name === 'pglite') {
    it('on start, fails jobs a dead process left active so they are retried', async () => {
      const [row] = await store.query<{ id: string }>(
        `UPDATE pgboss.job SET state = 'active', started_on = now()
         WHERE name = 'order-write-back' AND state = 'created' RETURNING id`,
      );
      const restarted = open();
      await restarted.start();
      expect(await jobState(row!.id)).toBe('retry');
      await restarted.stop();
    });

    it('on start, a job a dead process left active at its last try becomes a dead letter', async () => {
      const before = open();
      await before.start();
      const id = await before.enqueue('order-sync', { guid: 'orphan' });
      await before.stop();
      // As if a process had fetched it for its last try and died: no worker here takes it.
      await store.query(
        `UPDATE pgboss.job SET state = 'active', started_on = now(), retry_count = retry_limit
         WHERE id = $1 AND state = 'created'`,
        [id],
      );
      const restarted = createJobQueue({
        store,
        logger,
        queues: FAST,
        deadLetterPollingIntervalSeconds: 0.1,
      });
      await restarted.start();
      await restarted.work('order-sync', async () => undefined);
      const letter = await eventually(async () => {
        const [row] = await store.query(
          `SELECT reason, message FROM dead_letters WHERE payload->'job'->>'guid' = 'orphan'`,
        );
        return row;
      });
      expect(letter).toEqual({
        reason: 'retries-exhausted',
        message: 'last try ended outside the worker: companion restarted while the job was active',
      });
      await restarted.stop();
    });
  }
});
