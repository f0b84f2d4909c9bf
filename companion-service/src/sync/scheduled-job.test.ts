import { setTimeout as sleep } from 'node:timers/promises';

import { createSilentLogger } from '../observability/logger';
import { createJobQueue, type JobQueue } from '../queue';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { startScheduledJob } from './scheduled-job';
import { maxRunsPerInterval } from './scheduled-runs';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const JOB = 'lifecycle-sweep' as const;

async function eventually<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

describe.each(testBackends(POSTGRES_URL))('scheduled jobs on two instances ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;
  const instances: JobQueue[] = [];
  const stopSchedules: Array<() => void> = [];
  // Workers cannot be unregistered: each test swaps the body behind them.
  let body: (owner: string) => Promise<void> = async () => undefined;
  const bossSchema = (): string => handle.bossSchema ?? 'pgboss';
  const jobs = () =>
    store.query<{ state: string; retry_count: number; singleton_on: string | null }>(
      `SELECT state, retry_count, singleton_on::text FROM ${bossSchema()}.job WHERE name = $1`,
      [JOB],
    );

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    for (const owner of ['instance-a', 'instance-b']) {
      const queue = createJobQueue({
        store,
        logger,
        databaseUrl: backend.databaseUrl,
        schema: bossSchema(),
        pollingIntervalSeconds: 0.1,
      });
      await queue.start();
      instances.push(queue);
      const stop = await startScheduledJob(
        { db: store, queue, logger },
        {
          name: JOB,
          intervalSeconds: 2,
          leaseKey: 'test-sweep',
          owner,
          handler: () => body(owner),
        },
      );
      stopSchedules.push(stop);
    }
  });
  afterAll(async () => {
    stopSchedules.forEach((stop) => stop());
    for (const queue of instances) await queue.stop();
    await handle.dispose();
  });

  it('runs once per interval across both instances, each slot one job, nothing retried', async () => {
    body = () => sleep(200);
    await eventually(async () => {
      const [row] = await store.query<{ n: number | string }>(
        `SELECT count(DISTINCT slot_start) AS n FROM scheduled_runs WHERE job = $1 AND outcome = 'done'`,
        [JOB],
      );
      return Number(row?.n) >= 3 ? true : undefined;
    });
    stopSchedules.forEach((stop) => stop());

    expect(await maxRunsPerInterval(store)).toBe(1);
    const slots = await store.query<{ runs: number | string }>(
      `SELECT count(*) AS runs FROM scheduled_runs WHERE job = $1 GROUP BY slot_start`,
      [JOB],
    );
    expect(slots.every((slot) => Number(slot.runs) === 1)).toBe(true);
    // Two instances tick twice per slot each, yet pg-boss kept one job per slot.
    const queued = await jobs();
    const perSlot = new Map<string | null, number>();
    for (const job of queued)
      perSlot.set(job.singleton_on, (perSlot.get(job.singleton_on) ?? 0) + 1);
    expect([...perSlot.values()].every((count) => count === 1)).toBe(true);
    expect(queued.every((job) => job.retry_count === 0)).toBe(true);
  });

  it('a job that finds the lease taken completes quietly, without failing or retrying', async () => {
    await eventually(async () =>
      (await jobs()).every((job) => job.state === 'completed') ? true : undefined,
    );
    await store.query(`DELETE FROM scheduled_runs`);
    let release: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const ran: string[] = [];
    body = async (owner) => {
      ran.push(owner);
      await holding;
    };
    // One slot of an hour: the second job is the "next slot's" job arriving while the first runs.
    const data = { trigger: 'schedule', intervalSeconds: 3600 };
    const first = await instances[0]!.enqueue(JOB, data);
    await eventually(async () => (ran.length === 1 ? true : undefined));
    const second = await instances[1]!.enqueue(JOB, data);
    const state = async (id: string | null) =>
      (
        await store.query<{ state: string; retry_count: number }>(
          `SELECT state, retry_count FROM ${bossSchema()}.job WHERE id = $1`,
          [id],
        )
      )[0];
    expect(
      await eventually(async () => {
        const row = await state(second);
        return row?.state === 'completed' ? row : undefined;
      }),
    ).toEqual({ state: 'completed', retry_count: 0 });
    release();
    await eventually(async () => ((await state(first))?.state === 'completed' ? true : undefined));
    expect(ran).toHaveLength(1);
    expect(await store.query(`SELECT outcome FROM scheduled_runs`)).toEqual([{ outcome: 'done' }]);
  });
});
