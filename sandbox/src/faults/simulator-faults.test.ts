import { BRIDGE_PATHS, THROTTLE_MESSAGE } from '@bpkc/shared-types';

import { testApi } from '../brightpearl/test-support';
import { sampleOrderInput } from '../kentico/fixtures';
import { createKenticoSimulator } from '../kentico/simulator';
import { placeSample, signedCall, TEST_SECRET } from '../kentico/test-support';

/** A reset makes supertest reject: report it as a value so tests can compare outcomes. */
const settle = (pending: PromiseLike<{ status: number }>): Promise<number | 'reset'> =>
  Promise.resolve(pending).then(
    (res) => res.status,
    () => 'reset',
  );

describe('Brightpearl simulator faults', () => {
  const api = testApi();
  const [productId = 0] = api.sim.seedProducts([
    { sku: 'FAULT-1', name: 'Faulty', price: '1.00', stock: { 2: 10 } },
  ]);
  afterAll(() => api.sim.close());
  afterEach(() => api.sim.setFaults({}));
  const onHand = () => api.sim.availability(productId)?.warehouses['2']?.onHand;
  const correct = () =>
    api.post('/warehouse-service/warehouse/2/stock-correction', {
      corrections: [{ productId, quantity: 1, reason: 'Chaos' }],
    });

  it('answers a throttle in Brightpearl shape, with a short next period, without executing', async () => {
    api.sim.setFaults({ throttle503: 1 });
    const res = await correct();
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ response: THROTTLE_MESSAGE });
    expect(res.headers['brightpearl-requests-remaining']).toBe('0');
    expect(Number(res.headers['brightpearl-next-throttle-period'])).toBeLessThanOrEqual(1000);
    expect(onHand()).toBe(10);
  });

  it('answers a 500 with an errors array, without executing', async () => {
    api.sim.setFaults({ error500: 1 });
    const res = await correct();
    expect(res.status).toBe(500);
    expect(res.body.errors[0].code).toBe('CMNU-003');
    expect(onHand()).toBe(10);
    expect(api.sim.faultCounters()).toMatchObject({ error500: 1, webhooksDropped: 0 });
  });

  it('executes an errorAfterExecute write but loses the answer', async () => {
    api.sim.setFaults({ errorAfterExecute: 1 });
    const outcomes = [await settle(correct()), await settle(correct())];
    expect(outcomes.every((outcome) => outcome === 500 || outcome === 'reset')).toBe(true);
    expect(onHand()).toBe(12);
    api.sim.setFaults({});
    expect((await correct()).status).toBe(200);
    expect(api.sim.faultCounters().errorAfterExecute).toBe(2);
  });
});

describe('Kentico simulator faults', () => {
  const sim = createKenticoSimulator({ secret: TEST_SECRET, seed: 3 });
  afterAll(() => sim.close());

  it('drops events for good: never delivered, not pending', () => {
    sim.setFaults({ eventDropRate: 1 });
    sim.placeOrder(sampleOrderInput());
    expect(sim.outbox).toMatchObject({ pending: 0, delivered: 0 });
    expect(sim.faultCounters().eventsDropped).toBe(1);
    expect(sim.emittedEvents()).toHaveLength(1);
    sim.setFaults({});
    // Without a companion URL a kept event simply waits, as in the extension's outbox table.
    sim.placeOrder(sampleOrderInput());
    expect(sim.outbox.pending).toBe(1);
    expect(sim.faultCounters().eventsDropped).toBe(1);
  });

  it('fails bridge calls without executing them, or executes and loses the answer', async () => {
    const order = placeSample(sim);
    const writeBack = () =>
      signedCall(sim, {
        method: 'put',
        path: BRIDGE_PATHS.brightpearlOrderId(order.OrderGUID),
        body: { brightpearlOrderId: 77, syncedAt: new Date().toISOString() },
      });
    sim.setFaults({ error500: 0.5, reset: 0.5 });
    const refused = [await settle(writeBack()), await settle(writeBack())];
    expect(refused.every((outcome) => outcome === 500 || outcome === 'reset')).toBe(true);
    expect(sim.getOrder(order.OrderGUID)?.BpcBrightpearlOrderID).toBeNull();
    sim.setFaults({ errorAfterExecute: 1 });
    expect(await settle(writeBack())).not.toBe(204);
    expect(sim.getOrder(order.OrderGUID)?.BpcBrightpearlOrderID).toBe(77);
    sim.setFaults({});
    expect((await writeBack()).status).toBe(204);
  });
});
