import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';
import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';

import { nowTimestamp, sign, signingPayload } from '../../kentico/signing';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, openStore, type Store } from '../../store';
import { kenticoEventRouter } from './kentico-event-route';

const logger = createSilentLogger();
const SECRET = 's'.repeat(40);
const event = (overrides: Record<string, unknown> = {}) => ({
  eventId: '0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  type: 'product.updated',
  objectGuid: '1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d',
  occurredAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

describe('Kentico event intake: hostile events', () => {
  let store: Store;
  let app: express.Express;
  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
    const queue = { enqueueMany: async () => undefined } as unknown as JobQueue;
    app = express();
    app.use(kenticoEventRouter({ db: store, queue, secret: SECRET, logger }));
    // eslint-disable-next-line max-params
    app.use((error: Error & { status?: number }, _q: Request, res: Response, _n: NextFunction) => {
      res.status(error.status ?? 500).json({ error: error.message });
    });
  });
  afterAll(() => store.close());

  const post = (body: string) => {
    const timestamp = nowTimestamp();
    return request(app)
      .post('/webhooks/kentico')
      .set('content-type', 'application/json')
      .set(TIMESTAMP_HEADER, timestamp)
      .set(SIGNATURE_HEADER, sign(SECRET, signingPayload({ timestamp, body })));
  };

  it.each([
    ['a NUL in a value', JSON.stringify(event({ type: 'order\u0000.created' })), 'type'],
    ['a lone surrogate', JSON.stringify(event({ occurredAt: '2026\ud800' })), 'occurredAt'],
    ['an escaped NUL in a key', `{"eventId":"x","a\\u0000":1}`, 'a\u0000'],
    ['a wrong type', JSON.stringify(event({ objectGuid: 42 })), 'objectGuid'],
    ['an oversized field', JSON.stringify(event({ eventId: 'e'.repeat(30_000) })), 'eventId'],
  ])('answers %s with 400 naming the field', async (_what, body, field) => {
    const answer = await post(body).send(body);
    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe(field);
    expect(await store.query(`SELECT 1 FROM inbox_events`)).toHaveLength(0);
  });

  it('answers a body over 64 kB with 413, and an unsigned one with 401 before reading it', async () => {
    const big = JSON.stringify(event({ pad: 'x'.repeat(70_000) }));
    expect((await post(big).send(big)).status).toBe(413);
    const unsigned = await request(app)
      .post('/webhooks/kentico')
      .set('content-type', 'application/json')
      .send(big);
    expect(unsigned.status).toBe(401);
  });

  it('still accepts a clean event', async () => {
    const body = JSON.stringify(event());
    expect((await post(body).send(body)).status).toBe(202);
  });
});
