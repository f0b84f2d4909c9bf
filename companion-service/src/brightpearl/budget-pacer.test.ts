import { createRateBudget } from './budget';
import type { RateBudgetOptions } from './budget';
import type { BudgetedAttempt } from './budget-types';
import { FakeAccount, FakeClock, maxRolling } from './test-support/budget-fakes';

/** Sends `count` requests through the budget; each reaches the account after a varying delay. */
async function burst(
  account: FakeAccount,
  options: RateBudgetOptions & { count: number; untilMs: number },
) {
  const clock = new FakeClock();
  const budget = createRateBudget({ throttleJitterMs: 0, ...options, clock });
  let done = 0;
  const attempt = (i: number) => () =>
    new Promise<BudgetedAttempt>((resolve) => {
      // 0–90 ms out, 0–90 ms back: the account counts a request somewhere in between.
      clock.after((i * 37) % 91, () => {
        const answer = account.take(clock.now());
        clock.after((i * 53) % 91, () => resolve(answer));
      });
    });
  for (let i = 0; i < options.count; i++)
    void budget.run({ endpoint: 'GET /x', priority: 5 }, attempt(i)).then(() => done++);
  await clock.advanceTo(options.untilMs);
  budget.close();
  return { done, stats: budget.stats() };
}

test('a burst never puts more than share × cap in any rolling 60 s (rolling account)', async () => {
  const account = new FakeAccount(200, 'rolling');
  const { done, stats } = await burst(account, { count: 500, budgetShare: 0.8, untilMs: 240_000 });
  expect(done).toBe(500);
  expect(maxRolling(account.ours)).toBe(160);
  expect(account.throttledAt).toEqual([]);
  expect(stats).toMatchObject({ accountCap: 200, allowance: 160, throttled: 0 });
});

test('a period boundary refills nothing: still at most the share in any rolling 60 s', async () => {
  // Brightpearl resetting a fixed period at 30 s, 90 s, …: the old budget refilled there.
  const account = new FakeAccount(200, 'fixed', 30_000);
  const { done } = await burst(account, { count: 500, budgetShare: 0.8, untilMs: 240_000 });
  expect(done).toBe(500);
  expect(maxRolling(account.ours)).toBe(160);
  expect(account.throttledAt).toEqual([]);
});

test('right after a 503 it waits next-throttle-period and sends one probe, not a burst', async () => {
  const account = new FakeAccount(200, 'rolling');
  const clock = new FakeClock();
  const budget = createRateBudget({ throttleJitterMs: 0, budgetShare: 0.8, clock });
  const send = () =>
    budget.run({ endpoint: 'GET /x', priority: 5 }, async () => account.take(clock.now()));
  for (let i = 0; i < 20; i++) void send();
  await clock.advanceTo(1_000);
  // Another app spends everything left, unseen by our last answer.
  while (!account.take(clock.now(), 'other').throttled);
  for (let i = 0; i < 300; i++) void send();
  await clock.advanceTo(240_000);
  expect(account.throttledAt.length).toBeGreaterThan(0);
  for (const at of account.throttledAt) {
    const sentSoonAfter = account.ours.filter((t) => t > at && t < at + 100);
    expect(sentSoonAfter.length).toBeLessThanOrEqual(1);
  }
  expect(account.throttledAt.length).toBeLessThanOrEqual(4);
  expect(maxRolling(account.ours)).toBeLessThanOrEqual(160);
  expect(account.ours.length).toBeGreaterThan(160); // it resumed as the window freed requests
  budget.close();
});

test.each([
  [100, 80],
  [200, 160],
])('the share scales with the account cap: %i/min → %i per rolling minute', async (cap, share) => {
  // BRIGHTPEARL_REQUEST_CAP left at 200: the headers show the real cap.
  const account = new FakeAccount(cap, 'rolling');
  const { stats } = await burst(account, {
    count: 3 * share,
    requestCap: 200,
    budgetShare: 0.8,
    untilMs: 60_000 * 3,
  });
  expect(stats).toMatchObject({ accountCap: cap, allowance: share, throttled: 0 });
  expect(maxRolling(account.ours)).toBe(share);
  // Not a crawl: the first minute already carries the whole share.
  expect(account.ours.filter((at) => at < 60_000)).toHaveLength(share);
});

test('other apps on the account lower what we send; no fixed reserve on top', async () => {
  const account = new FakeAccount(200, 'rolling');
  for (let i = 0; i < 150; i++) account.take(i, 'other'); // 150 spent by other apps
  const { stats } = await burst(account, { count: 300, budgetShare: 0.8, untilMs: 59_000 });
  // 50 were left and the headers prove a cap of at least 50: we take 0.8 of that, never a 503
  // (a fixed reserve of 40 would have left us 10).
  expect(account.throttledAt).toEqual([]);
  expect(stats).toMatchObject({ accountCap: 50, allowance: 40 });
  expect(account.ours).toHaveLength(40);
});

test('a quieter moment shows the whole cap, and the share grows with it', async () => {
  const account = new FakeAccount(200, 'rolling');
  for (let i = 0; i < 150; i++) account.take(i, 'other');
  // Past the first minute the other apps' requests have left the window.
  const { stats } = await burst(account, { count: 400, budgetShare: 0.8, untilMs: 200_000 });
  // A lower bound: requests still in flight beside the one answered (up to 3) cannot be counted.
  expect(stats.accountCap).toBeGreaterThanOrEqual(197);
  expect(stats.accountCap).toBeLessThanOrEqual(200);
  expect(stats.throttled).toBe(0);
  expect(maxRolling(account.ours)).toBeGreaterThan(150);
  expect(maxRolling(account.ours)).toBeLessThanOrEqual(160);
});

test('a queued interactive request goes before queued catalog requests', async () => {
  const account = new FakeAccount(1, 'rolling');
  const clock = new FakeClock();
  const budget = createRateBudget({ requestCap: 1, clock });
  const order: string[] = [];
  const send = (name: string, priority: number) =>
    budget.run({ endpoint: name, priority }, async () => {
      order.push(name);
      return account.take(clock.now());
    });
  void send('first', 5);
  await clock.advanceTo(10);
  for (const name of ['c1', 'c2']) void send(name, 7);
  void send('resend', 1);
  await clock.advanceTo(200_000);
  expect(order).toEqual(['first', 'resend', 'c1', 'c2']);
  expect(account.throttledAt).toEqual([]);
  budget.close();
});
