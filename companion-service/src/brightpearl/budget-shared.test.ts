import { createRateBudget, PRIORITY } from './budget';
import { bandedLimit } from './budget-ledger';
import type { BudgetLedger } from './budget-ledger';
import { createMemoryLedger } from './budget-memory-ledger';
import { FakeAccount, FakeClock, maxRolling } from './test-support/budget-fakes';

/** Three budgets ("instances") on one clock and account; `ledgerFor` decides what they share. */
function instances(account: FakeAccount, clock: FakeClock, ledgerFor: () => BudgetLedger) {
  return Array.from({ length: 3 }, () => {
    const budget = createRateBudget({
      throttleJitterMs: 0,
      budgetShare: 0.8,
      clock,
      ledger: ledgerFor(),
    });
    const sent: { name: string; at: number }[] = [];
    const send = (name: string, priority: number) =>
      budget.run({ endpoint: name, priority }, async () => {
        sent.push({ name, at: clock.now() });
        // 20 ms to Brightpearl, 20 ms back.
        await new Promise<void>((resolve) => clock.after(20, resolve));
        const answer = account.take(clock.now());
        await new Promise<void>((resolve) => clock.after(20, resolve));
        return answer;
      });
    return { budget, sent, send };
  });
}

test('priority bands: resend and orders first, each lower class leaves a band above it', () => {
  expect([1, 3, 5, 7, 9].map((priority) => bandedLimit(160, priority))).toEqual([
    160, 157, 154, 151, 148,
  ]);
  expect(bandedLimit(5, PRIORITY.sweeps)).toBe(1); // never below one request
});

test('three instances on one ledger keep to one share together; on their own they do not', async () => {
  const runWith = async (shared: boolean) => {
    const account = new FakeAccount(200, 'rolling');
    const clock = new FakeClock();
    const one = createMemoryLedger(clock, 60_000, { shared: true });
    const all = instances(account, clock, () => (shared ? one : createMemoryLedger(clock, 60_000)));
    let done = 0;
    for (const { send } of all) for (let i = 0; i < 200; i++) void send('x', 3).then(() => done++);
    await clock.advanceTo(90_000);
    const inWindow = all.map(({ budget }) => budget.stats().inWindow);
    await clock.advanceTo(360_000);
    all.forEach(({ budget }) => budget.close());
    return { account, done, inWindow };
  };
  const shared = await runWith(true);
  expect(shared.done).toBe(600);
  expect(shared.account.throttledAt).toEqual([]);
  // Orders keep one band (3) for a resend: 157 of the 160 in every rolling minute.
  expect(maxRolling(shared.account.ours)).toBe(157);
  // Every instance reads the cluster's count, not its own.
  expect(new Set(shared.inWindow).size).toBe(1);
  expect(shared.inWindow[0]).toBeGreaterThan(150);

  const separate = await runWith(false);
  // Each instance alone allows itself 160: only the 503s and the headers hold them back.
  expect(maxRolling(separate.account.ours)).toBeGreaterThan(160);
});

test("a resend on one instance goes ahead of the other instances' queued catalog work", async () => {
  const account = new FakeAccount(200, 'rolling');
  const clock = new FakeClock();
  const ledger = createMemoryLedger(clock, 60_000, { shared: true });
  const [a, b, c] = instances(account, clock, () => ledger);
  if (!a || !b || !c) throw new Error('three instances');
  for (let i = 0; i < 300; i++) {
    void a.send(`catalog-a-${i}`, PRIORITY.catalog);
    void b.send(`catalog-b-${i}`, PRIORITY.catalog);
  }
  await clock.advanceTo(30_000); // the window is full of catalog work, 400 more waiting
  expect(maxRolling(account.ours)).toBe(151);
  const queuedAt = clock.now();
  void c.send('resend', PRIORITY.interactive);
  await clock.advanceTo(31_000);
  const resend = c.sent.find((entry) => entry.name === 'resend');
  expect(resend?.at).toBe(queuedAt); // at once: catalog work never fills the last bands
  expect(a.budget.stats().queued + b.budget.stats().queued).toBeGreaterThan(300);
  expect(account.throttledAt).toEqual([]);
  [a, b, c].forEach(({ budget }) => budget.close());
});

test('an instance that learned a low cap while the others filled the window adopts the cluster cap', async () => {
  const runWith = async (clusterCap: number | undefined) => {
    const account = new FakeAccount(200, 'rolling');
    // The other instances' requests fill the window when this one first asks.
    for (let i = 0; i < 150; i++) account.take(i, 'other');
    const clock = new FakeClock();
    const memory = createMemoryLedger(clock, 60_000, { shared: true });
    // What the Postgres ledger answers once another instance has learned the whole cap.
    const ledger: BudgetLedger = {
      ...memory,
      claim: async (request) => ({ ...(await memory.claim(request)), clusterCap }),
    };
    const [one] = instances(account, clock, () => ledger);
    for (let i = 0; i < 20; i++) void one!.send('x', 3);
    await clock.advanceTo(30_000);
    const stats = one!.budget.stats();
    one!.budget.close();
    return stats;
  };
  // Alone, its own answers prove only what was left: a sliver of the share.
  expect((await runWith(undefined)).accountCap).toBeLessThan(60);
  expect(await runWith(200)).toMatchObject({ accountCap: 200, allowance: 160 });
});
