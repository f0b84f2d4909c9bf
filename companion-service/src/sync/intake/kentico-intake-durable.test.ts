import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';
import express from 'express';
import request from 'supertest';

import { nowTimestamp, sign, signingPayload } from '../../kentico/signing';
import { createSilentLogger } from '../../observability/logger';
import { createJobQueue, type JobQueue } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { kenticoEventRouter } from './kentico-event-route';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const SECRET = 'k'.repeat(40);

const event = (type = 'order.created', eventId = randomUUID()) =>
  JSON.stringify({ eventId, type, objectGuid: randomUUID(), occurredAt: new Date().toISOString() });

/**
 * Durable before 202 with group commit: events posted together share one transaction, every
 * 202 is in the inbox with its job, and a batch whose commit fails is answered 503 throughout
 * with nothing of it stored — so the outbox's retry is the only copy that will ever count.
 */
describe.each(testBackends(POSTGRES_URL))(
  'Kentico intake, durable before 202 ($name)',
  (backend) => {
    let handle: TestStore;
    let store: Store;
    let queue: JobQueue;
    let server: Server;
    let transactions = 0;
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
      const counted = {
        query: store.query.bind(store),
        transaction: async <T>(work: Parameters<Store['transaction']>[0]) => {
          transactions += 1;
          // Slow commits, as under load: what arrives meanwhile must share the next one.
          await sleep(100);
          return store.transaction(work) as Promise<T>;
        },
      } as unknown as Store;
      // A store failure after the inbox insert: the transaction must roll the inbox rows back.
      const flaky = {
        enqueueMany: async (...args: Parameters<JobQueue['enqueueMany']>) => {
          if (failNextEnqueue) {
            failNextEnqueue = false;
            throw new Error('connection lost');
          }
          return queue.enqueueMany(...args);
        },
      } as unknown as JobQueue;
      const app = express().use(
        kenticoEventRouter({ db: counted, queue: flaky, secret: SECRET, logger }),
      );
      server = app.listen(0, '127.0.0.1');
    });
    afterAll(async () => {
      server.close();
      await queue.stop();
      await handle.dispose();
    });

    const post = (body: string) => {
      const timestamp = nowTimestamp();
      return request(server)
        .post('/webhooks/kentico')
        .set('content-type', 'application/json')
        .set(TIMESTAMP_HEADER, timestamp)
        .set(SIGNATURE_HEADER, sign(SECRET, signingPayload({ timestamp, body })))
        .send(body);
    };
    const idOf = (body: string) => (JSON.parse(body) as { eventId: string }).eventId;
    const stored = async (ids: string[]) =>
      (
        await store.query<{ event_id: string }>(
          `SELECT event_id::text FROM inbox_events WHERE event_id = ANY($1::uuid[])`,
          [ids],
        )
      ).map((row) => row.event_id);
    const jobsFor = async (ids: string[]) =>
      (
        await store.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${handle.bossSchema ?? 'pgboss'}.job WHERE data->>'eventId' = ANY($1)`,
          [ids],
        )
      )[0]!.n;

    it('stores events posted together in fewer transactions, each with its job, before answering 202', async () => {
      const bodies = Array.from({ length: 30 }, () => event());
      const answers = await Promise.all(bodies.map(post));
      expect(answers.map((answer) => answer.status)).toEqual(bodies.map(() => 202));
      expect(answers.every((answer) => answer.body.enqueued === true)).toBe(true);
      expect(transactions).toBeLessThan(bodies.length);
      const ids = bodies.map(idOf);
      expect((await stored(ids)).sort()).toEqual([...ids].sort());
      expect(await jobsFor(ids)).toBe(ids.length);
    });

    it('answers 503 to every event of a batch whose commit failed, stores none of them, and takes the retry', async () => {
      const bodies = Array.from({ length: 20 }, () => event());
      failNextEnqueue = true;
      const answers = await Promise.all(bodies.map(post));
      const refused = bodies.filter((_, index) => answers[index]!.status === 503);
      const acked = bodies.filter((_, index) => answers[index]!.status === 202);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.length + acked.length).toBe(bodies.length);
      expect(await stored(refused.map(idOf))).toEqual([]);
      expect((await stored(acked.map(idOf))).sort()).toEqual(acked.map(idOf).sort());
      const retried = await Promise.all(refused.map(post));
      expect(retried.map((answer) => answer.status)).toEqual(refused.map(() => 202));
      expect(await stored(refused.map(idOf))).toHaveLength(refused.length);
      expect(await jobsFor(bodies.map(idOf))).toBe(bodies.length);
    });

    it('stores an event posted twice at once once, with one job, and tells the second it was a duplicate', async () => {
      const body = event('order.updated');
      const answers = await Promise.all([post(body), post(body)]);
      expect(answers.map((answer) => answer.status)).toEqual([202, 202]);
      expect(answers.map((answer) => answer.body.duplicate).sort()).toEqual([false, true]);
      expect(await stored([idOf(body)])).toHaveLength(1);
      expect(await jobsFor([idOf(body)])).toBe(1);
    });
  },
);
