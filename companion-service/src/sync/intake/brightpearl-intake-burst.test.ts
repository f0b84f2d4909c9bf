import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import express from 'express';
import request from 'supertest';

import type { WebhookIdentity } from '../../brightpearl/webhooks';
import { createSilentLogger } from '../../observability/logger';
import { createJobQueue, type JobQueue } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { brightpearlWebhookRouter } from './brightpearl-webhook-route';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const identity: WebhookIdentity = {
  installationId: '6f0c2a52-6d43-4b59-9d0e-0a4b1c9e8f11',
  token: 'T'.repeat(43),
};
const PATH = `/webhooks/brightpearl/${identity.installationId}/${identity.token}`;
const stockDelivery = (id: number) => ({
  accountCode: 'acme',
  resourceType: 'product',
  id: String(id),
  lifecycleEvent: 'modified',
  fullEvent: 'product.modified.on-hand-modified',
  raisedOn: new Date().toISOString(),
});

/**
 * A burst of stock webhooks (an allocation run) is committed in batches: every 200 is stored
 * with its ids marked dirty, the flow gets a job per batch rather than per delivery, and a
 * batch whose commit failed is answered 503 (Brightpearl retries) with nothing of it kept.
 */
describe.each(testBackends(POSTGRES_URL))('Brightpearl webhook burst ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;
  let queue: JobQueue;
  let server: Server;
  let commits = 0;
  let failNextEnqueue = false;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    queue = createJobQueue({
      store,
      logger,
      databaseUrl: backend.databaseUrl,
      schema: handle.bossSchema ?? 'pgboss',
    });
    await queue.start();
    const slowFirstCommit = {
      transaction: async <T>(work: Parameters<Store['transaction']>[0]) => {
        commits += 1;
        await sleep(100); // slow commits, as under load: what arrives meanwhile shares the next
        return store.transaction(work) as Promise<T>;
      },
    } as unknown as Store;
    const flaky = {
      enqueueMany: async (...args: Parameters<JobQueue['enqueueMany']>) => {
        if (failNextEnqueue) {
          failNextEnqueue = false;
          throw new Error('connection lost');
        }
        return queue.enqueueMany(...args);
      },
    } as unknown as JobQueue;
    const router = brightpearlWebhookRouter({
      db: slowFirstCommit,
      queue: flaky,
      identity,
      logger,
    });
    server = express().use(router).listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    server.close();
    await queue.stop();
    await handle.dispose();
  });

  const post = (id: number) => request(server).post(PATH).send(stockDelivery(id));
  const dirty = async (ids: number[]) =>
    (
      await store.query<{ record_id: number }>(
        `SELECT record_id FROM dirty_records WHERE kind = 'stock' AND record_id = ANY($1::bigint[])`,
        [ids],
      )
    ).length;
  const stockJobs = async () =>
    (
      await store.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${handle.bossSchema ?? 'pgboss'}.job WHERE name = 'stock-sync'`,
      )
    )[0]!.n;

  it('stores a burst before answering 200, marks every id, and enqueues a job per batch', async () => {
    const ids = Array.from({ length: 40 }, (_, index) => 5_000 + index);
    const answers = await Promise.all(ids.map(post));
    expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 200));
    expect(await dirty(ids)).toBe(ids.length);
    const jobs = await stockJobs();
    expect(jobs).toBeGreaterThan(0);
    expect(jobs).toBeLessThan(ids.length);
    expect(jobs).toBe(commits);
  });

  it('answers 503 to a batch whose commit failed and keeps none of it', async () => {
    const ids = Array.from({ length: 20 }, (_, index) => 7_000 + index);
    failNextEnqueue = true;
    const answers = await Promise.all(ids.map(post));
    const refused = ids.filter((_, index) => answers[index]!.status === 503);
    const stored = ids.filter((_, index) => answers[index]!.status === 200);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length + stored.length).toBe(ids.length);
    expect(await dirty(refused)).toBe(0);
    expect(await dirty(stored)).toBe(stored.length);
    const inbox = await store.query(
      `SELECT 1 FROM inbox_events WHERE source = 'brightpearl' AND object_key = ANY($1)`,
      [refused.map(String)],
    );
    expect(inbox).toEqual([]);
  });
});
