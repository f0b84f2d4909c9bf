// The companion's barrel loads the whole service; these tests need only its signing helpers.
jest.mock('@bpkc/companion-service', () =>
  jest.requireActual('../../../companion-service/src/kentico/signing'),
);

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
    const req = request(sim.app)[method](BASE + path).set(headers);
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

    it.each([
      ['unsigned', {}],
      ['signed with another secret', signedBridgeHeaders('wrong', { method: 'GET', path: '/x' })],
      ['stale', { timestamp: String(Math.floor(Date.now() / 1000) - 301) }],
      ['signed for another path', { path: '/orders' }],
    ])('refuses a request that is %s with 401', async (_, variant) => {
      const path = BRIDGE_PATHS.order(place().OrderGUID);
      const headers =
        'x-bpconnect-signature' in variant
          ? { ...variant, 'x-bpconnect-signature': variant['x-bpconnect-signature'] }
          : Object.keys(variant).length === 0
            ? {}
            : signedBridgeHeaders(SECRET, { method: 'GET', path, ...variant });
      const res = await request(sim.app).get(BASE + path).set(headers).expect(401);
      expect(res.body).toEqual({ error: expect.stringMatching(/^Unauthorized/) });
      expect(sim.requestLog.entries()[0]).toMatchObject({ status: 401 });
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

    it('pages by (OrderModifiedWhen, OrderID) with an inclusive cursor', async () => {
      const times = ['10:00:01', '10:00:02', '10:00:02', '10:00:03', '10:00:04'];
      const orders = times.map((t) => place(`2026-03-01T${t}.000+00:00`));
      place('2026-03-01T09:59:59.000+00:00'); // before the cursor: never listed
      const seen: string[] = [];
      let since: string | null = '2026-03-01T11:00:01+01:00'; // same instant, other offset
      const cursors: string[] = [];
      while (since !== null) {
        cursors.push(since);
        const result: ModifiedOrdersPage = await page(since, 2);
        seen.push(...result.orders.map((o) => o.OrderGUID));
        since = result.nextModifiedSince;
      }
      expect([...new Set(seen)]).toEqual(orders.map((o) => o.OrderGUID));
      // Each next page starts at the last instant of the previous one, so it overlaps.
      expect(cursors.slice(1)).toEqual([orders[1], orders[3]].map((o) => o?.OrderModifiedWhen));
      expect(seen).toHaveLength(7);
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
