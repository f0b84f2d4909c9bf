import type { BudgetLedger, LedgerClaim } from './budget-ledger';
import { SendLog } from './budget-log';
import type { SendEntry } from './budget-log';
import type { BudgetClock } from './budget-types';

/**
 * The ledger of one process (the embedded store): the send log itself. Nobody else claims from
 * it, so the local priority queue alone decides who goes first. `shared` is for tests that give
 * one ledger to several budgets, as instances share the Postgres one.
 */
export function createMemoryLedger(
  clock: BudgetClock,
  windowMs: number,
  options: { shared?: boolean } = {},
): BudgetLedger {
  const log = new SendLog(windowMs);
  const open = new Map<string, SendEntry>();
  let lastTicket = 0;
  return {
    contended: () => options.shared ?? false,
    async claim({ limit }): Promise<LedgerClaim> {
      const now = clock.now();
      const inWindow = log.count(now);
      if (inWindow >= limit) {
        // In-flight entries leave no sooner than a window after an answer that is still to come.
        const next = Math.min(log.nextExpiry(now) ?? Infinity, now + windowMs);
        return { granted: false, inWindow, retryInMs: next - now };
      }
      const ticket = String(++lastTicket);
      open.set(ticket, log.begin(now));
      return { granted: true, ticket, inWindow: inWindow + 1 };
    },
    async finish(ticket) {
      const entry = open.get(ticket);
      open.delete(ticket);
      if (entry) log.end(entry, clock.now());
    },
    async cancel(ticket) {
      const entry = open.get(ticket);
      open.delete(ticket);
      if (entry) log.forget(entry);
    },
    inWindow: () => log.count(clock.now()),
  };
}
