import request from 'supertest';

import {
  BRIDGE_PATHS,
  MAX_STOCK_BATCH,
  PendingOrders,
  STOCK_PATHS,
  StockReadResult,
  StockWriteResult,
} from '@bpkc/shared-types';

import { signedBridgeHeaders } from './bridge-signing';
import { sampleOrderInput } from './fixtures';
import { defaultCatalog } from './generator';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';

const SECRET = 'stock-secret';
const BASE = '/bpconnect/v1';

describe('stock endpoints', () => {
  let sim: KenticoSimulator;
  const call = (method: 'get' | 'put', path: string, body?: unknown) => {
    const raw = body === undefined ? undefined : JSON.stringify(body);
    const headers = signedBridgeHeaders(SECRET, { method, path, body: raw });
    const req = request(sim.app)
      [method](BASE + path)
      .set(headers);
    return raw === undefined ? req : req.set('content-type', 'application/json').send(raw);
  };
  const write = async (levels: Array<[string, number]>, pendingAsOf?: string) => {
    const body = { levels: levels.map(([sku, available]) => ({ sku, available })), pendingAsOf };
    return StockWriteResult.parse((await call('put', STOCK_PATHS.levels, body).expect(200)).body);
  };
  const read = async (skus: string[]) => {
    const path = `${STOCK_PATHS.levels}?skus=${skus.map(encodeURIComponent).join(',')}`;
    return StockReadResult.parse((await call('get', path).expect(200)).body).levels;
  };
  const pending = async () =>
    PendingOrders.parse((await call('get', STOCK_PATHS.pendingOrders).expect(200)).body);

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: SECRET });
    sim.seedProducts(defaultCatalog(3));
  });
  afterEach(() => sim.close());

  it('writes a batch per SKU, counting unchanged levels and listing unknown SKUs', async () => {
    const first = await write([
      ['BPK-0001', 5],
      ['BPK-0002', 7],
      ['NOPE', 3],
    ]);
    expect(first).toEqual({ updated: 2, unchanged: 0, unknownSkus: ['NOPE'] });
    const second = await write([
      ['BPK-0001', 5],
      ['BPK-0002', 8],
    ]);
    expect(second).toEqual({ updated: 1, unchanged: 1, unknownSkus: [] });
    expect(sim.getStock('BPK-0001')).toMatchObject({ available: 5, writes: 1 });
    expect(sim.getStock('BPK-0002')).toMatchObject({ available: 8, writes: 2 });
    expect(sim.stockHistory('BPK-0001').map((c) => c.available)).toEqual([5]);
    expect(sim.getStock('NOPE')).toBeUndefined();
  });

  it('reads URL-encoded SKUs, omitting unknown ones and products without a stock row', async () => {
    sim.seedProducts([{ sku: 'A,B 1/2+', name: 'Odd SKU', available: 4 }]);
    await write([['BPK-0001', 9]]);
    const levels = await read(['A,B 1/2+', 'BPK-0001', 'BPK-0002', 'NOPE', 'BPK-0001']);
    expect(levels).toEqual([
      { sku: 'A,B 1/2+', available: 4 },
      { sku: 'BPK-0001', available: 9 },
    ]);
  });

  it('lists unsynced, uncancelled orders with units summed per SKU, until they get an id', async () => {
    const line = (sku: string, quantity: number) => ({ sku, name: sku, quantity, unitPrice: 1 });
    const items = [line('BPK-0001', 2), line('BPK-0002', 1), line('BPK-0001', 3)];
    const open = sim.placeOrder(sampleOrderInput({ items }), { emit: false });
    const cancelled = sim.placeOrder(sampleOrderInput({ status: 'Cancelled' }), { emit: false });
    const second = sim.placeOrder(sampleOrderInput({ items: [line('X', 1)] }), { emit: false });
    const before = await pending();
    expect(before.orders).toEqual([
      {
        OrderGUID: open.OrderGUID,
        lines: [
          { sku: 'BPK-0001', quantity: 5 },
          { sku: 'BPK-0002', quantity: 1 },
        ],
      },
      { OrderGUID: second.OrderGUID, lines: [{ sku: 'X', quantity: 1 }] },
    ]);
    expect(before.asOf).toBe(String(second.OrderID));
    expect(before.orders.map((o) => o.OrderGUID)).not.toContain(cancelled.OrderGUID);
    const body = { brightpearlOrderId: 4711, syncedAt: '2026-03-01T10:00:00Z' };
    await call('put', BRIDGE_PATHS.brightpearlOrderId(open.OrderGUID), body).expect(204);
    expect((await pending()).orders.map((o) => o.OrderGUID)).toEqual([second.OrderGUID]);
  });

  it('takes off orders placed after the pendingAsOf snapshot, so their units are never re-listed', async () => {
    const snapshot = await pending();
    expect(snapshot).toEqual({ asOf: '0', orders: [] });
    // Placed while the companion computes: Kentico's checkout already took 3 off its figure.
    const items = [{ sku: 'BPK-0001', name: 'x', quantity: 3, unitPrice: 1 }];
    sim.placeOrder(sampleOrderInput({ items }), { emit: false });
    expect(await write([['BPK-0001', 10]], snapshot.asOf)).toMatchObject({ updated: 1 });
    expect(sim.getStock('BPK-0001')?.available).toBe(7);
    expect(sim.stockHistory('BPK-0001').map((c) => c.available)).not.toContain(10);
    // A snapshot taken after the order already subtracted it: nothing more comes off.
    await write([['BPK-0001', 4]], (await pending()).asOf);
    expect(sim.getStock('BPK-0001')?.available).toBe(4);
  });

  it('answers 400 naming the field', async () => {
    const level = (available: unknown) => ({ sku: 'BPK-0001', available });
    const cases: Array<[string, string, unknown, string]> = [
      ['put', STOCK_PATHS.levels, { levels: [level(1), level(-1)] }, 'levels.1.available'],
      ['put', STOCK_PATHS.levels, { levels: [level(1.5)] }, 'levels.0.available'],
      ['put', STOCK_PATHS.levels, { levels: [] }, 'levels'],
      ['put', STOCK_PATHS.levels, { levels: Array(MAX_STOCK_BATCH + 1).fill(level(1)) }, 'levels'],
      ['put', STOCK_PATHS.levels, { levels: [level(1)], pendingAsOf: 'x' }, 'pendingAsOf'],
      ['get', STOCK_PATHS.levels, undefined, 'skus'],
      ['get', `${STOCK_PATHS.levels}?skus=`, undefined, 'skus.0'],
      ['get', `${STOCK_PATHS.levels}?skus=a,,b`, undefined, 'skus.1'],
      ['get', `${STOCK_PATHS.levels}?skus=%E0%A4%A`, undefined, 'skus'],
      ['get', `${STOCK_PATHS.levels}?skus=${Array(501).fill('a').join(',')}`, undefined, 'skus'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await call(method as 'get' | 'put', path, body);
      expect([res.status, res.body.field]).toEqual([400, field]);
    }
    expect(sim.getStock('BPK-0001')).toBeUndefined();
  });
});
