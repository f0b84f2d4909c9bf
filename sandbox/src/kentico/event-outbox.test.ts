import type { AddressInfo } from 'node:net';

import express from 'express';

import { KenticoEvent, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';
import { signingPayload, verifySignature } from '@bpkc/companion-service/signing';

import { sampleOrderInput } from './fixtures';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';

const SECRET = 'event-secret';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls instead of sleeping a fixed time, so a loaded CI machine cannot make the tests flaky. */
async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await sleep(5);
  }
}

/** A stand-in for the companion's intake: verifies like it does, answers from a script. */
async function startReceiver(replies: Array<{ status: number; body?: string }> = []) {
  const received: KenticoEvent[] = [];
  const app = express();
  app.post('/webhooks/kentico', express.text({ type: () => true }), (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    const check = verifySignature({
      secret: SECRET,
      signature: req.get(SIGNATURE_HEADER),
      timestamp: req.get(TIMESTAMP_HEADER),
      payload: (timestamp) => signingPayload({ timestamp, body }),
    });
    if (!check.ok) return void res.status(401).send(check.reason);
    received.push(KenticoEvent.parse(JSON.parse(body)));
    const reply = replies.shift() ?? { status: 202 };
    res.status(reply.status).send(reply.body ?? '');
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${port}/webhooks/kentico`, received, close };
}

describe('event outbox', () => {
  let sim: KenticoSimulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const start = async (replies?: Array<{ status: number; body?: string }>) => {
    receiver = await startReceiver(replies);
    sim = createKenticoSimulator({
      secret: SECRET,
      companionEventsUrl: receiver.url,
      retry: { initialMs: 5, maxMs: 20 },
    });
  };
  afterEach(async () => {
    await sim.close();
    await receiver.close();
  });

  it('delivers a signed thin order.created event for a placed order', async () => {
    await start();
    const order = sim.placeOrder(sampleOrderInput());
    await sim.whenIdle();
    expect(receiver.received).toEqual([
      {
        eventId: expect.any(String),
        type: 'order.created',
        objectGuid: order.OrderGUID,
        occurredAt: order.OrderCreatedWhen,
      },
    ]);
    expect(sim.outbox).toEqual({ pending: 0, delivered: 1, rejected: [], attempts: 1 });
  });

  it('retries after 5xx answers until the companion accepts the event', async () => {
    await start([{ status: 500 }, { status: 503 }]);
    sim.placeOrder(sampleOrderInput());
    await sim.whenIdle();
    const ids = receiver.received.map((event) => event.eventId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(sim.outbox).toMatchObject({ pending: 0, delivered: 1, attempts: 3 });
  });

  it('parks an event the companion refuses with 4xx, keeping status and body, without retrying', async () => {
    await start([{ status: 400, body: '{"error":"unknown type"}' }]);
    const event = sim.emitEvent('product.updated', '00000000-0000-0000-0000-000000000001');
    await sim.whenIdle();
    await sleep(50);
    expect(receiver.received).toHaveLength(1);
    expect(sim.outbox).toMatchObject({
      pending: 0,
      delivered: 0,
      rejected: [{ eventId: event.eventId, status: 400, body: '{"error":"unknown type"}' }],
    });
  });

  it('keeps retrying through network errors and delivers once the companion is reachable', async () => {
    await start();
    sim.setCompanionEventsUrl('http://127.0.0.1:9/unreachable');
    sim.placeOrder(sampleOrderInput());
    await until(() => sim.outbox.attempts >= 3);
    expect(sim.outbox.pending).toBe(1);
    sim.setCompanionEventsUrl(receiver.url);
    await sim.whenIdle();
    expect(receiver.received).toHaveLength(1);
  });

  it('redelivers an event with the same eventId, and emits duplicates on request', async () => {
    await start();
    const order = sim.placeOrder(sampleOrderInput());
    await sim.whenIdle();
    const first = receiver.received[0];
    sim.redeliver(first?.eventId ?? '');
    sim.emitEvent('order.created', order.OrderGUID, { eventId: first?.eventId });
    await sim.whenIdle();
    expect(receiver.received.map((e) => e.eventId)).toEqual(Array(3).fill(first?.eventId));
  });

  it('posts raw bodies signed, or with the headers given', async () => {
    await start();
    // Signed and sent verbatim: it passes the signature check, then fails to parse (500 here).
    expect(await sim.postRaw('{"eventId":')).toMatchObject({ status: 500 });
    expect(await sim.postRaw('{}', {})).toEqual({ status: 401, body: 'missing-headers' });
  });

  it('stops retrying on close', async () => {
    await start(Array(1000).fill({ status: 500 }));
    sim.placeOrder(sampleOrderInput());
    await until(() => receiver.received.length >= 2);
    const idle = sim.whenIdle();
    await sim.close();
    await expect(idle).rejects.toThrow(/closed/);
    // Counted when an attempt starts, so a POST already on the wire at close() cannot move it.
    const attempts = sim.outbox.attempts;
    await sleep(300);
    expect(sim.outbox.attempts).toBe(attempts);
    expect(receiver.received.length).toBeLessThanOrEqual(attempts);
  });
});
