import { createRateBudget } from './budget';
import type { BudgetedAttempt } from './budget-types';
import type { TransportRequest } from './http';
import { FakeClock, settle } from './test-support/budget-fakes';
import { gatedTransport, multiAnswer } from './test-support/gated-transport';
import type { GatedTransport } from './test-support/gated-transport';
import { createWriteBatcher } from './write-batcher';
import type { WriteBatcher } from './write-batcher';

const messagesOf = (request: TransportRequest): Array<{ label: string; body: { n: number } }> =>
  (request.body as { messages: Array<{ label: string; body: { n: number } }> }).messages;

/** Brightpearl creating each record with id 1000 + n, singly or inside a multi-message. */
const createEach = (request: TransportRequest) =>
  request.path === '/multi-message'
    ? multiAnswer(
        messagesOf(request).map(({ label, body }) => ({
          label,
          statusCode: 200,
          body: { response: 1000 + body.n },
        })),
      )
    : { status: 200, body: { response: 1000 + (request.body as { n: number }).n } };

let transport: GatedTransport;
let clock: FakeClock;
/** What the budget reports as queued or in flight at orders' priority or more urgent. */
let busy: number;
/** Share of the allowance the rolling window holds. */
let pressure: number;
let batcher: WriteBatcher;

beforeEach(() => {
  transport = gatedTransport();
  transport.answer = createEach;
  clock = new FakeClock();
  busy = 0;
  pressure = 0;
  batcher = createWriteBatcher(transport, {
    lingerMs: 1_500,
    backlog: (priority) => (priority >= 3 ? busy : 0),
    pressure: () => pressure,
    clock,
    now: clock.now,
  });
});

const create = (n: number, priority = 3) =>
  batcher.send({
    method: 'POST',
    endpoint: 'POST /order-service/sales-order',
    path: '/order-service/sales-order',
    body: { n },
    call: { priority },
  });

const sentNumbers = () =>
  transport.sent.map((request) =>
    request.path === '/multi-message'
      ? messagesOf(request).map((message) => message.body.n)
      : [(request.body as { n: number }).n],
  );

test('idle: a lone create asks for its slot at once, without waiting for company', async () => {
  const pending = create(1);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  expect(await pending).toMatchObject({ body: { response: 1001 } });
  expect(transport.sent.map((r) => r.path)).toEqual(['/order-service/sales-order']);
  expect(clock.now()).toBe(0);
  expect(batcher.stats()).toMatchObject({ singles: 1, batches: 0, lingered: 0 });
});

test('backlog: creates wait for company and go as one multi-message when ten have gathered', async () => {
  busy = 5;
  const pending = [create(0)];
  for (let n = 1; n < 9; n++) {
    await clock.advanceTo(n * 100);
    pending.push(create(n));
  }
  // Nine waiting, 0.8 s in, others still busy: nothing has asked the budget yet.
  expect(transport.waiting()).toBe(0);
  pending.push(create(9));
  expect(transport.waiting()).toBe(1);
  // The eleventh opens a new batch, which lingers in its turn.
  const eleventh = create(10);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  await Promise.all(pending);
  expect(sentNumbers()).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
  expect(batcher.stats()).toMatchObject({ batches: 1, batchedMessages: 10, lingered: 2 });
  busy = 0;
  // It opened at 800 ms: with nothing going it goes once a third of lingerMs passed quietly.
  await clock.advanceTo(1_300);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  expect(await eleventh).toMatchObject({ body: { response: 1010 } });
});

test('a full batch goes at once, with no time passing', () => {
  busy = 5;
  for (let n = 0; n < 10; n++) void create(n);
  expect(transport.waiting()).toBe(1);
  expect(clock.now()).toBe(0);
});

test('the wait is capped at lingerMs even while the backlog stays', async () => {
  busy = 5;
  const pending = [0, 1, 2].map((n) => create(n));
  await clock.advanceTo(1_499);
  expect(transport.waiting()).toBe(0);
  await clock.advanceTo(1_500);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  await Promise.all(pending);
  expect(sentNumbers()).toEqual([[0, 1, 2]]);
});

test('the others done and the stream paused: the batch goes, well before the cap', async () => {
  busy = 2;
  const pending = [0, 1].map((n) => create(n));
  await clock.advanceTo(200);
  expect(transport.waiting()).toBe(0);
  busy = 0;
  // Nothing queued or in flight, but a write joined at 0: a third of lingerMs must pass quietly.
  await clock.advanceTo(450);
  expect(transport.waiting()).toBe(0);
  await clock.advanceTo(500);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  await Promise.all(pending);
  expect(sentNumbers()).toEqual([[0, 1]]);
});

test('a rolling window half full is backlog too: a stream of creates keeps gathering', async () => {
  pressure = 0.6;
  const pending = [create(0)];
  for (let n = 1; n < 6; n++) {
    await clock.advanceTo(n * 250);
    pending.push(create(n));
  }
  // Nothing was ever in flight, yet creates 250 ms apart gathered: the stream had not paused.
  expect(transport.waiting()).toBe(0);
  await clock.advanceTo(1_500);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  await Promise.all(pending);
  expect(sentNumbers()).toEqual([[0, 1, 2, 3, 4, 5]]);
});

test('under half full and nothing going, creates in quick succession still go at once', async () => {
  pressure = 0.4;
  const first = create(0);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  await first;
  await clock.advanceTo(100);
  void create(1);
  expect(transport.waiting()).toBe(1);
});

test('lingerMs 0 turns waiting off: the batch queues at once as before', () => {
  batcher = createWriteBatcher(transport, { lingerMs: 0, backlog: () => 5, clock });
  void create(0);
  expect(transport.waiting()).toBe(1);
});

test('only a backlog at the same or a more urgent priority holds a batch', async () => {
  busy = 5;
  void create(0, 3);
  // A merchant's resend (1): nothing as urgent is going, so it does not wait behind orders.
  const resend = create(1, 1);
  expect(transport.waiting()).toBe(1);
  await transport.grant();
  expect(await resend).toMatchObject({ body: { response: 1001 } });
  expect(transport.sent.map((request) => request.call?.priority)).toEqual([1]);
});

test('budget.backlog counts queued and in-flight requests at that priority or above', async () => {
  const budget = createRateBudget({ clock: new FakeClock(), maxConcurrent: 1 });
  const gates: Array<() => void> = [];
  const attempt = () =>
    new Promise<BudgetedAttempt>((resolve) =>
      gates.push(() =>
        resolve({ throttled: false, headers: { requestsRemaining: 100, nextThrottlePeriodMs: 0 } }),
      ),
    );
  const runs = [3, 3, 5].map((priority) => budget.run({ endpoint: 'x', priority }, attempt));
  await settle();
  // One in flight, two queued (one concurrent request allowed).
  expect(gates).toHaveLength(1);
  expect([budget.backlog(1), budget.backlog(3), budget.backlog(5)]).toEqual([0, 2, 3]);
  for (let i = 0; i < 3; i++) {
    gates[i]?.();
    await settle();
  }
  await Promise.all(runs);
  expect(budget.backlog(9)).toBe(0);
  budget.close();
});
