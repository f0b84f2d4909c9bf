import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';

import type { WebhookIdentity } from '../../brightpearl/webhooks';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { type Db, migrate, openStore, type Store } from '../../store';
import { brightpearlWebhookRouter } from './brightpearl-webhook-route';

const logger = createSilentLogger();
const identity: WebhookIdentity = {
  installationId: '6f0c2a52-6d43-4b59-9d0e-0a4b1c9e8f11',
  token: 'T'.repeat(43),
};
const PATH = `/webhooks/brightpearl/${identity.installationId}/${identity.token}`;
const delivery = (overrides: Record<string, unknown> = {}) => ({
  accountCode: 'acme',
  resourceType: 'product',
  id: '1002-1005,1010',
  lifecycleEvent: 'modified',
  fullEvent: 'product.modified.on-hand-modified',
  raisedOn: new Date().toISOString(),
  ...overrides,
});

/** The intake as the app mounts it: /healthz, the router, body-parser errors answered 4xx. */
function intakeApp(db: Db, onHealthz = () => {}) {
  const queue = { enqueueMany: async () => undefined } as unknown as JobQueue;
  const app = express();
  app.get('/healthz', (_req, res) => {
    onHealthz();
    res.json({ status: 'ok' });
  });
  app.use(brightpearlWebhookRouter({ db, queue, identity, logger }));
  // eslint-disable-next-line max-params
  app.use((error: Error & { status?: number }, _req: Request, res: Response, _n: NextFunction) => {
    res.status(error.status ?? 500).json({ error: error.message });
  });
  return app;
}

describe('Brightpearl webhook intake: hostile deliveries', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
  });
  afterAll(() => store.close());
  beforeEach(() => store.exec(`DELETE FROM dirty_records; DELETE FROM inbox_events`));

  const dirtyCount = async () =>
    Number((await store.query<{ n: string }>(`SELECT count(*) AS n FROM dirty_records`))[0]!.n);

  it('checks the URL token before reading the body (401, not 400 or 413)', async () => {
    const wrong = PATH.replace(/T+$/, 'x'.repeat(43));
    const garbage = await request(intakeApp(store))
      .post(wrong)
      .set('content-type', 'application/json')
      .send('{not json');
    expect(garbage.status).toBe(401);
    const huge = await request(intakeApp(store))
      .post(wrong)
      .set('content-type', 'application/json')
      .send(`{"id":"${'1,'.repeat(200_000)}1"}`);
    expect(huge.status).toBe(401);
  });

  it.each([
    ['9007199254740992', /larger than 2147483647/],
    ['99999999999999999999', /larger than 2147483647/],
    ['1-999999999', /more than 200000 ids/],
    ['1-200001', /more than 200000 ids/],
    ['5-1', /runs backwards/],
    ['all', /not an id/],
  ])(
    'answers id set %s with a prompt 400 naming id, /healthz answering alongside',
    async (id, why) => {
      const app = intakeApp(store);
      const [answer, health] = await Promise.all([
        request(app).post(PATH).send(delivery({ id })),
        request(app).get('/healthz'),
      ]);
      expect(answer.status).toBe(400);
      expect(answer.body.field).toBe('id');
      expect(answer.body.error).toMatch(why);
      expect(health.status).toBe(200);
      expect(await dirtyCount()).toBe(0);
    },
  );

  it.each([
    ['a NUL in a value', delivery({ accountCode: 'ac\u0000me' }), 'accountCode'],
    ['a lone high surrogate', delivery({ fullEvent: 'product.\ud800modified' }), 'fullEvent'],
    ['a lone low surrogate', delivery({ raisedOn: '\udc00' }), 'raisedOn'],
    ['a NUL in a key', { ...delivery(), 'x\u0000': 1 }, 'x\u0000'],
    ['a NUL in the id set', delivery({ id: '1\u0000' }), 'id'],
  ])('answers %s with 400 naming the field, never a store error', async (_what, body, field) => {
    const answer = await request(intakeApp(store)).post(PATH).send(body);
    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe(field);
    expect(await store.query(`SELECT 1 FROM inbox_events`)).toHaveLength(0);
  });

  it('answers wrong types and oversized fields with 400 naming the field', async () => {
    const typed = await request(intakeApp(store))
      .post(PATH)
      .send(delivery({ id: 5 }));
    expect([typed.status, typed.body.field]).toEqual([400, 'id']);
    const long = await request(intakeApp(store))
      .post(PATH)
      .send(delivery({ fullEvent: 'x'.repeat(201) }));
    expect([long.status, long.body.field]).toEqual([400, 'fullEvent']);
  });

  it('accepts the largest set (1-200000) and marks it in chunks, /healthz answering meanwhile', async () => {
    const events: string[] = [];
    let chunks = 0;
    let healthzAnswered!: () => void;
    const healthzDone = new Promise<void>((resolve) => (healthzAnswered = resolve));
    let firstChunk!: () => void;
    const firstChunkWritten = new Promise<void>((resolve) => (firstChunk = resolve));
    // Chunk 2 waits for /healthz: it can only be answered if the intake yields between chunks.
    const watch = (db: Db): Db => ({
      query: async (sql, params) => {
        if (!sql.includes('generate_series')) return db.query(sql, params);
        const chunk = ++chunks;
        if (chunk === 2) await healthzDone;
        events.push('chunk');
        const rows = await db.query(sql, params);
        if (chunk === 1) firstChunk();
        return rows as never;
      },
      transaction: (work) => db.transaction((tx) => work(watch(tx))),
    });
    const app = intakeApp(watch(store), () => events.push('healthz'));
    const delivered = request(app)
      .post(PATH)
      .send(delivery({ id: '1-200000' }));
    const answer = delivered.then((response) => response);
    await firstChunkWritten;
    expect((await request(app).get('/healthz')).status).toBe(200);
    healthzAnswered();
    expect((await answer).body).toEqual({ accepted: true, duplicate: false, ids: 200_000 });
    expect(events.slice(0, 3)).toEqual(['chunk', 'healthz', 'chunk']);
    expect(events.filter((event) => event === 'chunk').length).toBeGreaterThan(10);
    expect(await dirtyCount()).toBe(200_000);
  });
});
