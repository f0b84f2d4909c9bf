import { parseIdSet } from '@bpkc/shared-types';

import { ADDRESS, seedShop, testApi } from './test-support';
import { startReceiver, subscribe } from './webhook-test-support';
import type { Receiver } from './webhook-test-support';

/** What the companion's write batcher sends: creates of any kind, CONTINUE on failure. */
const message = (label: string, uri: string, body: unknown) => ({
  label,
  uri,
  httpMethod: 'POST',
  body,
});

describe('Brightpearl simulator: creates through multi-message', () => {
  let receiver: Receiver;
  const api = testApi({ webhookBatchMs: 10 });
  const shop = seedShop(api);
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await api.sim.close();
    await receiver.close();
  });

  it('creates orders and addresses in one request; a bad one fails alone; webhooks fire', async () => {
    const sales = await subscribe(api, {
      subscribeTo: 'sales-order.created',
      uriTemplate: `${receiver.url}/so`,
    });
    api.sim.requestLog.reset();
    const res = await api.post('/multi-message', {
      processingMode: 'SEQUENTIAL',
      onFail: 'CONTINUE',
      messages: [
        message('w1', '/order-service/sales-order', shop.orderBody({ externalRef: 'k-1' })),
        message('w2', '/order-service/sales-order', shop.orderBody({ rows: 'not rows' })),
        message('w3', '/contact-service/postal-address', ADDRESS),
        message('w4', '/order-service/sales-order', shop.orderBody({ externalRef: 'k-2' })),
      ],
    });
    expect(res.status).toBe(207);
    const processed = res.body.response.processedMessages as Array<{
      label: string;
      statusCode: number;
      body: { content: string };
    }>;
    expect(processed.map((m) => [m.label, m.statusCode])).toEqual([
      ['w1', 200],
      ['w2', 400],
      ['w3', 200],
      ['w4', 200],
    ]);
    expect(res.body.response.unprocessedMessages).toEqual([]);
    const [first, , , second] = processed.map((m) => JSON.parse(m.body.content).response);
    expect(api.sim.requestLog.count()).toBe(1);
    await api.sim.whenWebhooksIdle();
    const heard = api.sim.webhookLog
      .entries()
      .filter((entry) => entry.subscriptionId === sales)
      // Deliveries batch ids into id sets (`100001-100002`).
      .flatMap((entry) => parseIdSet(entry.idSet));
    expect(heard.sort()).toEqual([first, second].sort());
    const search = await api.get('/order-service/order-search?externalRef=k-2');
    expect(search.body.response.results).toHaveLength(1);
  });

  it('an outage of multi-message (sandbox faults) answers 500 and runs nothing; single calls still work', async () => {
    api.sim.setFaults({ outagePaths: ['/multi-message'] });
    try {
      const down = await api.post('/multi-message', {
        processingMode: 'SEQUENTIAL',
        onFail: 'CONTINUE',
        messages: [
          message('a', '/order-service/sales-order', shop.orderBody({ externalRef: 'k-3' })),
          message('b', '/order-service/sales-order', shop.orderBody({ externalRef: 'k-4' })),
        ],
      });
      expect(down.status).toBe(500);
      const none = await api.get('/order-service/order-search?externalRef=k-3');
      expect(none.body.response.results).toHaveLength(0);
      const single = await api.post(
        '/order-service/sales-order',
        shop.orderBody({ externalRef: 'k-3' }),
      );
      expect(single.status).toBe(200);
      expect(api.sim.faultCounters().outage).toBe(1);
    } finally {
      api.sim.setFaults({});
    }
  });
});
