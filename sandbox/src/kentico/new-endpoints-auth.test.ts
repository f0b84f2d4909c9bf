import request from 'supertest';

import { signedBridgeHeaders } from './bridge-signing';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';

const SECRET = 'auth-secret';
const BASE = '/bpconnect/v1';

describe('stock and product endpoints: signature', () => {
  let sim: KenticoSimulator;
  beforeEach(() => {
    sim = createKenticoSimulator({ secret: SECRET });
    sim.seedProducts([{ sku: 'SKU-1', name: 'One', available: 3 }]);
  });
  afterEach(() => sim.close());

  const send = (method: string, path: string, headers: Record<string, string>) => {
    const body = method === 'PUT' ? '{"levels":[{"sku":"SKU-1","available":1}]}' : undefined;
    const req =
      method === 'PUT' ? request(sim.app).put(BASE + path) : request(sim.app).get(BASE + path);
    return (body === undefined ? req : req.send(body)).set(headers);
  };
  const signed = (method: string, path: string) => {
    const body = method === 'PUT' ? '{"levels":[{"sku":"SKU-1","available":1}]}' : undefined;
    return signedBridgeHeaders(SECRET, { method, path, body });
  };

  it.each([
    ['PUT', '/stock'],
    ['GET', '/stock?skus=SKU-1'],
    ['GET', '/stock/pending-orders'],
    ['PUT', '/products'],
    ['GET', '/products?limit=5'],
    ['GET', '/products/SKU-1'],
    ['GET', `/products/by-guid/00000000-0000-0000-0000-000000000000`],
  ])('%s %s needs a signature over its own method and path', async (method, path) => {
    const refused = [{}, signed(method, '/orders'), signedBridgeHeaders('x', { method, path })];
    for (const headers of refused) {
      const res = await send(method, path, headers);
      expect([res.status, res.body.error]).toEqual([401, expect.stringMatching(/^Unauthorized/)]);
    }
    expect(sim.getStock('SKU-1')).toMatchObject({ available: 3, writes: 0 }); // nothing written
    expect((await send(method, path, signed(method, path))).status).not.toBe(401);
  });
});
