import type { BrightpearlSimulatorOptions } from './options';
import { testApi } from './test-support';
import { startReceiver, subscribe } from './webhook-test-support';
import type { Receiver, ScriptedAnswer } from './webhook-test-support';

describe('Brightpearl simulator: webhook QoS, retries, loss and shutdown', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.script([]);
  });
  afterAll(() => receiver.close());

  /** One product, one subscription, one stock change; the logged statuses of its delivery. */
  async function deliveryOf(qualityOfService: 0 | 1, answers: ScriptedAnswer[], initialMs = 5) {
    const api = testApi({ webhookBatchMs: 5, webhookRetry: { attempts: 4, initialMs } });
    const [productId = 0] = api.sim.seedProducts([{ sku: 'A', name: 'A', price: '1.00' }]);
    await subscribe(api, {
      subscribeTo: 'product',
      uriTemplate: `${receiver.url}/hook`,
      qualityOfService,
    });
    receiver.script(answers);
    api.sim.correctStock(2, [{ productId, quantity: 1, reason: 'x' }]);
    await api.sim.whenWebhooksIdle();
    await api.sim.close();
    return api.sim.webhookLog.entries();
  }
  const statuses = async (qos: 0 | 1, answers: ScriptedAnswer[]) =>
    (await deliveryOf(qos, answers)).map((entry) => entry.status);

  it('QoS 0 retries only on 503', async () => {
    expect(await statuses(0, [500])).toEqual([500]);
    expect(await statuses(0, ['reset'])).toEqual(['network-error']);
    expect(await statuses(0, [503, 503, 200])).toEqual([503, 503, 200]);
  });

  it('QoS 1 retries on everything but 4xx, network errors included, up to the attempt cap', async () => {
    expect(await statuses(1, [500, 'reset', 502, 200])).toEqual([500, 'network-error', 502, 200]);
    expect(await statuses(1, [404])).toEqual([404]);
    expect(await statuses(1, [500, 500, 500, 500, 500])).toEqual([500, 500, 500, 500]);
  });

  it('backs off exponentially between attempts', async () => {
    const entries = await deliveryOf(1, [503, 503, 200], 100);
    expect(entries.map((entry) => entry.attempt)).toEqual([1, 2, 3]);
    const [first, second, third] = entries.map((entry) => entry.at);
    // Waits of 100 then 200 ms. Timers count from the event loop's cached time, which can lag
    // Date.now() on a busy machine, so allow 20 ms of skew below each wait.
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(80);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(180);
  });

  /** 200 products, one callback each (no id sets), with a drop rate; the delivered ids. */
  async function survivors(options: BrightpearlSimulatorOptions) {
    const api = testApi({ webhookBatchMs: 5, ...options });
    const ids = api.sim.seedProducts(
      Array.from({ length: 200 }, (_, i) => ({ sku: `D${i}`, name: 'D', price: '1.00' })),
    );
    await subscribe(api, {
      subscribeTo: 'product.modified.on-hand-modified',
      uriTemplate: `${receiver.url}/hook/\${resource-id}`,
      idSetAccepted: false,
    });
    api.sim.correctStock(
      2,
      ids.map((productId) => ({ productId, quantity: 1, reason: 'x' })),
    );
    await api.sim.whenWebhooksIdle();
    await api.sim.close();
    const log = api.sim.webhookLog.entries();
    expect(log).toHaveLength(200);
    return log.filter((entry) => entry.status === 200).map((entry) => entry.idSet);
  }

  it('drops a seeded share of deliveries silently: 1 → none, 0.5 → about half, reproducibly', async () => {
    expect(await survivors({ webhookDropRate: 1 })).toEqual([]);
    expect(receiver.received).toHaveLength(0);
    const half = await survivors({ webhookDropRate: 0.5, seed: 7 });
    expect(half.length).toBeGreaterThan(70);
    expect(half.length).toBeLessThan(130);
    expect(receiver.received).toHaveLength(half.length);
    expect(new Set(await survivors({ webhookDropRate: 0.5, seed: 7 }))).toEqual(new Set(half));
    expect(new Set(await survivors({ webhookDropRate: 0.5, seed: 8 }))).not.toEqual(new Set(half));
  });

  it('changes the drop rate at run time', async () => {
    const api = testApi({ webhookBatchMs: 5 });
    const [productId = 0] = api.sim.seedProducts([{ sku: 'R', name: 'R', price: '1.00' }]);
    await subscribe(api, { subscribeTo: 'product', uriTemplate: `${receiver.url}/hook` });
    api.sim.setWebhookDropRate(1);
    api.sim.correctStock(2, [{ productId, quantity: 1, reason: 'x' }]);
    await api.sim.whenWebhooksIdle();
    api.sim.setWebhookDropRate(0);
    api.sim.correctStock(2, [{ productId, quantity: 1, reason: 'x' }]);
    await api.sim.whenWebhooksIdle();
    expect(api.sim.webhookLog.entries().map((entry) => entry.status)).toEqual(['dropped', 200]);
    expect(() => api.sim.setWebhookDropRate(2)).toThrow(RangeError);
    await api.sim.close();
  });

  it('close() cancels open batches and scheduled retries', async () => {
    const api = testApi({ webhookBatchMs: 60_000, webhookRetry: { initialMs: 60_000 } });
    const [productId = 0] = api.sim.seedProducts([{ sku: 'C', name: 'C', price: '1.00' }]);
    await subscribe(api, { subscribeTo: 'product', uriTemplate: `${receiver.url}/hook` });
    api.sim.correctStock(2, [{ productId, quantity: 1, reason: 'x' }]);
    await api.sim.close();
    await api.sim.whenWebhooksIdle();
    expect(receiver.received).toHaveLength(0);

    const retrying = testApi({ webhookBatchMs: 1, webhookRetry: { initialMs: 60_000 } });
    const [otherId = 0] = retrying.sim.seedProducts([{ sku: 'C', name: 'C', price: '1.00' }]);
    await subscribe(retrying, { subscribeTo: 'product', uriTemplate: `${receiver.url}/hook` });
    receiver.script([500]);
    retrying.sim.correctStock(2, [{ productId: otherId, quantity: 1, reason: 'x' }]);
    while (retrying.sim.webhookLog.entries().length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const server = await retrying.sim.listen();
    await server.close(); // listen().close stops webhook timers too
    await retrying.sim.whenWebhooksIdle();
    expect(retrying.sim.webhookLog.entries()).toHaveLength(1);
  });
});
