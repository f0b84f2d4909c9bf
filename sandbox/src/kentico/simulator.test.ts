import axios from 'axios';

import { BRIDGE_PATHS, ModifiedOrdersPage } from '@bpkc/shared-types';

import { signedBridgeHeaders } from './bridge-signing';
import { sampleOrderInput } from './fixtures';
import { createKenticoSimulator } from './simulator';

const SECRET = 'sim-secret';

describe('createKenticoSimulator', () => {
  it('serves the signed bridge on a real port under the base path', async () => {
    const sim = createKenticoSimulator({ secret: SECRET, basePath: '/kentico/bridge' });
    const { url } = await sim.listen();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kentico\/bridge$/);
    const order = sim.placeOrder(sampleOrderInput(), { emit: false });
    const path = BRIDGE_PATHS.order(order.OrderGUID);
    const headers = signedBridgeHeaders(SECRET, { method: 'GET', path });
    const res = await axios.get(url + path, { headers });
    expect(res.data).toMatchObject({ OrderGUID: order.OrderGUID, OrderNumber: 'ORD#000001' });
    await sim.close();
  });

  it('bumps OrderModifiedWhen on a status change, so the modified cursor picks the order up', async () => {
    const sim = createKenticoSimulator({ secret: SECRET, currencyCode: 'EUR' });
    const { url } = await sim.listen();
    const [first, second] = [1, 2].map(() => sim.placeOrder(sampleOrderInput(), { emit: false }));
    const changed = sim.setOrderStatus(first?.OrderGUID ?? '', 'PaymentReceived', { emit: false });
    expect(changed).toMatchObject({ OrderStatusName: 'PaymentReceived', OrderOrderStatusID: 2 });
    expect(changed.BpcCurrencyCode).toBe('EUR');
    const since = second?.OrderModifiedWhen ?? '';
    const path = `/orders?modifiedSince=${encodeURIComponent(since)}&limit=10`;
    const headers = signedBridgeHeaders(SECRET, { method: 'GET', path });
    const page = ModifiedOrdersPage.parse((await axios.get(url + path, { headers })).data);
    expect(page.orders.map((o) => o.OrderGUID)).toEqual([second?.OrderGUID, first?.OrderGUID]);
    await sim.close();
  });
});
