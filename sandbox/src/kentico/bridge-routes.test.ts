import { randomUUID } from 'node:crypto';

import request from 'supertest';

import { BRIDGE_PATHS, KenticoOrder, ModifiedOrdersPage } from '@bpkc/shared-types';

import { signedBridgeHeaders } from './bridge-signing';
import { sampleOrderInput } from './fixtures';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';

const SECRET = 'bridge-secret';
const BASE = '/bpconnect/v1';

describe('bridge endpoints', () => {
  let sim: KenticoSimulator;
  const call = (method: 'get' | 'put', path: string, body?: string) => {
    const headers = signedBridgeHeaders(SECRET, { method, path, body });
    const req = request(sim.app)
      [method](BASE + path)
      .set(headers);
    return body === undefined ? req : req.set('content-type', 'application/json').send(body);
  };
  const place = (createdAt?: string) =>
    sim.placeOrder(sampleOrderInput({ createdAt }), { emit: false });

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: SECRET });
  });
  afterEach(() => sim.close());

  describe('signature', () => {
    it('answers a correctly signed GET with the order', async () => {
      const order = place();
      const res = await call('get', BRIDGE_PATHS.order(order.OrderGUID)).expect(200);
      expect(KenticoOrder.parse(res.body)).toEqual(order);
      expect(sim.requestLog.count('GET /orders/:orderGuid')).toBe(1);
    });

    const stale = String(Math.floor(Date.now() / 1000) - 301);
    it.each<[string, (path: string) => Record<string, string>]>([
      ['unsigned', () => ({})],
      ['signed with another secret', (path) => signedBridgeHeaders('x', { method: 'GET', path })],
      ['stale', (path) => signedBridgeHeaders(SECRET, { method: 'GET', path, timestamp: stale })],
      ['signed for another path', () => signedBridgeHeaders(SECRET, { method: 'GET', path: '/' })],
      ['signed for another method', (path) => signedBridgeHeaders(SECRET, { method: 'PUT', path })],
    ])('refuses a request that is %s with 401', async (_, headersFor) => {
      const path = BRIDGE_PATHS.order(place().OrderGUID);
      const res = await request(sim.app)
        .get(BASE + path)
        .set(headersFor(path))
        .expect(401);
      expect(res.body).toEqual({ error: expect.stringMatching(/^Unauthorized/) });
      expect(sim.requestLog.entries()).toEqual([
        { endpoint: 'GET /orders/:orderGuid', path, status: 401 },
      ]);
    });
  });

  describe('GET /orders/:orderGuid', () => {
    it('answers 404 for an unknown order and 400 naming the field for a malformed GUID', async () => {
      await call('get', BRIDGE_PATHS.order(randomUUID())).expect(404);
      const res = await call('get', BRIDGE_PATHS.order('not-a-guid')).expect(400);
      expect(res.body).toMatchObject({ field: 'orderGuid' });
    });
  });

  describe('GET /orders (modified since)', () => {
    const page = async (since: string, limit: number) => {
      const path = `/orders?modifiedSince=${encodeURIComponent(since)}&limit=${limit}`;
      return ModifiedOrdersPage.parse((await call('get', path).expect(200)).body);
    };

    const pageAll = async (since: string, limit: number) => {
      const seen: string[] = [];
      const cursors: string[] = [];
      let cursor: string | null = since;
      // Bounded, so a cursor that fails to advance fails the test instead of hanging it.
      for (let i = 0; cursor !== null && i < 20; i += 1) {
        const result: ModifiedOrdersPage = await page(cursor, limit);
        seen.push(...result.orders.map((o) => o.OrderGUID));
        cursor = result.nextModifiedSince;
        if (cursor) cursors.push(cursor);
      }
      return { seen, cursors, done: cursor === null };
    };

    it('pages by (OrderModifiedWhen, OrderID) with an inclusive cursor', async () => {
      const times = ['10:00:01', '10:00:02', '10:00:03', '10:00:03', '10:00:04', '10:00:05'];
      const orders = times.map((t) => place(`2026-03-01T${t}.000+00:00`));
      place('2026-03-01T09:59:59.000+00:00'); // before the cursor: never listed
      // The same instant as the first order, written with another offset.
      const { seen, cursors, done } = await pageAll('2026-03-01T11:00:01+01:00', 3);
      expect(done).toBe(true);
      expect([...new Set(seen)]).toEqual(orders.map((o) => o.OrderGUID));
      // Each page restarts at the last instant of the one before, so it repeats that order.
      expect(cursors).toEqual([orders[2], orders[4]].map((o) => o?.OrderModifiedWhen));
      expect(seen).toHaveLength(8);
    });

    it('never stalls when more orders than the limit share the cursor instant', async () => {
      const tied = [1, 2, 3].map(() => place('2026-03-01T10:00:00.000+00:00'));
      const later = place('2026-03-01T10:00:01.000+00:00');
      const first = await page('2026-03-01T10:00:00Z', 2);
      expect(first.orders.map((o) => o.OrderGUID)).toEqual(tied.map((o) => o.OrderGUID));
      expect(first.nextModifiedSince).toBe(later.OrderModifiedWhen);
      expect((await pageAll('2026-03-01T10:00:00Z', 2)).seen).toHaveLength(4);
    });

    it('answers 400 naming the field for a bad query', async () => {
      const missing = await call('get', '/orders?limit=5').expect(400);
      expect(missing.body).toMatchObject({ field: 'modifiedSince' });
      const tooBig = await call('get', '/orders?modifiedSince=2026-01-01T00:00:00Z&limit=501');
      expect(tooBig.status).toBe(400);
      expect(tooBig.body).toMatchObject({ field: 'limit' });
      // An unencoded "+" in the offset arrives as a space, exactly as it would in ASP.NET.
      const plus = await call('get', '/orders?modifiedSince=2026-01-01T00:00:00+00:00');
      expect(plus.body).toMatchObject({ field: 'modifiedSince' });
    });
  });

  describe('PUT /orders/:orderGuid/brightpearl-order', () => {
    const body = (id: number) =>
      JSON.stringify({ brightpearlOrderId: id, syncedAt: '2026-03-01T10:00:00Z' });

    it('stores the id without touching OrderModifiedWhen, idempotently, and 409s on another id', async () => {
      const order = place();
      const path = BRIDGE_PATHS.brightpearlOrderId(order.OrderGUID);
      await call('put', path, body(4711)).expect(204);
      await call('put', path, body(4711)).expect(204);
      const conflict = await call('put', path, body(4712)).expect(409);
      expect(conflict.body).toMatchObject({ field: 'brightpearlOrderId' });
      const stored = (await call('get', BRIDGE_PATHS.order(order.OrderGUID))).body;
      expect(stored).toMatchObject({
        BpcBrightpearlOrderID: 4711,
        OrderModifiedWhen: order.OrderModifiedWhen,
      });
      expect(sim.requestLog.count('PUT /orders/:orderGuid/brightpearl-order')).toBe(3);
    });

    it('answers 404 for an unknown order and 400 for an invalid body', async () => {
      await call('put', BRIDGE_PATHS.brightpearlOrderId(randomUUID()), body(1)).expect(404);
      const path = BRIDGE_PATHS.brightpearlOrderId(place().OrderGUID);
      const invalid = await call('put', path, body(-1)).expect(400);
      expect(invalid.body).toMatchObject({ field: 'brightpearlOrderId' });
      await call('put', path, '{not json').expect(400);
    });
  });
});
