import { PermanentError, PermanentFailures } from '../dead-letters/permanent-error';
import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import type { Job, JobQueue } from './job';
import { createJobQueue } from './job-queue';
import { type QueueDeclarations, QUEUES } from './queues';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

/** Two retries, at once, so the last-retry path takes milliseconds. */
const FAST: QueueDeclarations = {
  ...QUEUES,
  orderSync: { ...QUEUES.orderSync, retryLimit: 2, retryDelay: 0, retryBackoff: false },
};

type Mode = 'ok' | 'permanent' | 'refused' | 'transient' | 'unknown' | 'flaky' | 'batch';
type Data = { key: string; mode: Mode; transientToo?: boolean };

async function eventually<T>(probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

class Unavailable extends Error {
  readonly retryable = true;
}

/** What each mode throws; `retryCount` lets 'flaky' succeed on its second try. */
function fail(data: Data, retryCount: number): void {
  const record = { recordKey: data.key };
  if (data.mode === 'permanent') throw new PermanentError('unknown-sku', 'SKU X-1 unknown', record);
  if (data.mode === 'refused')
    throw Object.assign(new Error('Brightpearl 400'), { retryable: false });
  if (data.mode === 'transient') throw new Unavailable('Kentico 503');
  if (data.mode === 'unknown') throw new Error('something odd');
  if (data.mode === 'flaky' && retryCount === 0) throw new Unavailable('blip');
  if (data.mode === 'batch') {
    const failures = ['a', 'b'].map(
      (part) =>
        new PermanentError('brightpearl-rejected', `payment ${part}`, {
          recordKey: `${data.key}-${part}`,
        }),
    );
    throw new PermanentFailures(failures, data.transientToo ? new Unavailable('503') : undefined);
  }
}

describe.each(testBackends(POSTGRES_URL))('job failure path on $name', (backend) => {
  let handle: TestStore;
  let store: Store;
  let queue: JobQueue;
  const attempts: Array<{ key: string; retryCount: number }> = [];
  const bossSchema = (): string => handle.bossSchema ?? 'pgboss';
  let hookFailed = false;

  const letters = (key: string) =>
    store.query<{ flow: string; record_key: string; reason: string; message: string }>(
      `SELECT flow, record_key, reason, message FROM dead_letters
       WHERE record_key = $1 OR payload->'job'->>'key' = $1 ORDER BY id`,
      [key],
    );
  const marks = async (key: string) =>
    (await store.query<{ key: string }>(`SELECT key FROM test_marks WHERE key = $1`, [key])).length;
  const tries = (key: string) => attempts.filter((a) => a.key === key).map((a) => a.retryCount);
  const jobState = async (id: string | null) =>
    (
      await store.query<{ state: string }>(`SELECT state FROM ${bossSchema()}.job WHERE id = $1`, [
        id,
      ])
    )[0]?.state;
  const settled = (id: string | null) =>
    eventually(async () => {
      const state = await jobState(id);
      return state === 'completed' || state === 'failed' ? state : undefined;
    });

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    await store.query(`CREATE TABLE test_marks (key text)`);
    queue = createJobQueue({
      store,
      logger,
      databaseUrl: backend.databaseUrl,
      schema: bossSchema(),
      queues: FAST,
      deadLetterPollingIntervalSeconds: 0.1,
    });
    await queue.start();
    await queue.work<Data>(
      'order-sync',
      async (job: Job<Data>) => {
        attempts.push({ key: job.data.key, retryCount: job.retryCount });
        fail(job.data, job.retryCount);
      },
      {
        deadLetters: {
          flow: 'test-flow',
          recordKey: (data) => (data as Data).key,
          // The flow's own state change, in the dead letter's transaction.
          onDeadLetter: async (tx, letter) => {
            if (letter.recordKey === 'fine-after-all') return false;
            if (letter.recordKey === 'hook-fails-once' && !hookFailed) {
              hookFailed = true;
              // After the dead letter's insert would have run: it must roll back with the hook.
              await tx.query(`INSERT INTO test_marks (key) VALUES ($1)`, [letter.recordKey]);
              throw new Error('flow state update failed');
            }
            await tx.query(`INSERT INTO test_marks (key) VALUES ($1)`, [letter.recordKey]);
          },
        },
      },
    );
  });
  afterAll(async () => {
    await queue.stop();
    await handle.dispose();
  });

  it('records a permanent error as one dead letter at once, with the flow state, and never retries', async () => {
    const id = await queue.enqueue('order-sync', { key: 'perm-1', mode: 'permanent' });
    expect(await settled(id)).toBe('completed');
    expect(await letters('perm-1')).toEqual([
      {
        flow: 'test-flow',
        record_key: 'perm-1',
        reason: 'unknown-sku',
        message: 'SKU X-1 unknown',
      },
    ]);
    expect(await marks('perm-1')).toBe(1);
    expect(tries('perm-1')).toEqual([0]);
  });

  it('records an error that only says retryable: false as "refused", at once', async () => {
    const id = await queue.enqueue('order-sync', { key: 'refused-1', mode: 'refused' });
    expect(await settled(id)).toBe('completed');
    expect(await letters('refused-1')).toEqual([
      { flow: 'test-flow', record_key: 'refused-1', reason: 'refused', message: 'Brightpearl 400' },
    ]);
    expect(tries('refused-1')).toEqual([0]);
  });

  it('retries a retryable error and records nothing once a retry succeeds', async () => {
    const id = await queue.enqueue('order-sync', { key: 'flaky-1', mode: 'flaky' });
    expect(await settled(id)).toBe('completed');
    expect(tries('flaky-1')).toEqual([0, 1]);
    expect(await letters('flaky-1')).toEqual([]);
  });

  it.each([
    ['transient', 'Kentico 503'],
    ['unknown', 'something odd'],
  ] as const)('retries a %s error, then records retries-exhausted once', async (mode, cause) => {
    const key = `${mode}-1`;
    const id = await queue.enqueue('order-sync', { key, mode });
    expect(await settled(id)).toBe('failed');
    expect(tries(key)).toEqual([0, 1, 2]);
    const expected = [
      {
        flow: 'test-flow',
        record_key: key,
        reason: 'retries-exhausted',
        message: `gave up after 2 retries: ${cause}`,
      },
    ];
    expect(await letters(key)).toEqual(expected);
    expect(await marks(key)).toBe(1);
    // pg-boss copied the job to its dead-letter queue too: the reader must not record it twice.
    await eventually(async () =>
      (await queue.depths())['order-sync-dead-letter'] === 0 ? true : undefined,
    );
    expect(await letters(key)).toEqual(expected);
  });

  const batchLetters = (key: string) =>
    store.query<{ record_key: string; reason: string }>(
      `SELECT record_key, reason FROM dead_letters WHERE record_key LIKE $1 ORDER BY id`,
      [`${key}%`],
    );

  it('records each failed record of a batch and completes the job', async () => {
    const id = await queue.enqueue('order-sync', { key: 'batch-1', mode: 'batch' });
    expect(await settled(id)).toBe('completed');
    expect(tries('batch-1')).toEqual([0]);
    expect(await batchLetters('batch-1')).toEqual([
      { record_key: 'batch-1-a', reason: 'brightpearl-rejected' },
      { record_key: 'batch-1-b', reason: 'brightpearl-rejected' },
    ]);
  });

  it('records the failed records of a batch and still retries what a transient error stopped', async () => {
    const data = { key: 'batch-2', mode: 'batch', transientToo: true } as const;
    const id = await queue.enqueue('order-sync', data);
    expect(await settled(id)).toBe('failed');
    expect(tries('batch-2')).toEqual([0, 1, 2]);
    const rows = await batchLetters('batch-2');
    // Each try recorded its two records; the last one gave up on the job as well.
    expect(rows.filter((row) => row.record_key === 'batch-2-a')).toHaveLength(3);
    expect(rows.filter((row) => row.reason === 'retries-exhausted')).toEqual([
      { record_key: 'batch-2', reason: 'retries-exhausted' },
    ]);
  });

  it('writes the dead letter and the flow state together or not at all', async () => {
    const id = await queue.enqueue('order-sync', { key: 'hook-fails-once', mode: 'permanent' });
    expect(await settled(id)).toBe('completed');
    // The first try's transaction rolled back, so the job was failed for a retry, which recorded.
    expect(tries('hook-fails-once')).toEqual([0, 1]);
    expect(await letters('hook-fails-once')).toHaveLength(1);
    expect(await marks('hook-fails-once')).toBe(1);
  });

  it('writes nothing when the flow says its record is fine after all', async () => {
    const id = await queue.enqueue('order-sync', { key: 'fine-after-all', mode: 'permanent' });
    expect(await settled(id)).toBe('completed');
    expect(await letters('fine-after-all')).toEqual([]);
  });

  it('turns a job pg-boss failed outside the worker into a dead letter', async () => {
    // What pg-boss writes when maintenance fails an expired job (a crashed worker) for good.
    await store.query(
      `INSERT INTO ${bossSchema()}.job (name, data, output)
       VALUES ('order-sync-dead-letter', $1::jsonb, $2::jsonb)`,
      [
        JSON.stringify({ key: 'crashed-1', mode: 'ok' }),
        JSON.stringify({ message: 'job failed by timeout in active state' }),
      ],
    );
    const [letter] = await eventually(async () => {
      const rows = await letters('crashed-1');
      return rows.length > 0 ? rows : undefined;
    });
    expect(letter).toEqual({
      flow: 'test-flow',
      record_key: 'crashed-1',
      reason: 'retries-exhausted',
      message: 'last try ended outside the worker: job failed by timeout in active state',
    });
    expect(await marks('crashed-1')).toBe(1);
    await eventually(async () =>
      (await queue.depths())['order-sync-dead-letter'] === 0 ? true : undefined,
    );
  });
});
