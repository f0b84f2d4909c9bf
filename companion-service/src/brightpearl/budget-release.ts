import type { Logger } from '../observability/logger';
import type { AccountView } from './budget-account';
import { bandedLimit } from './budget-ledger';
import type { BudgetLedger, LedgerClaim } from './budget-ledger';
import type { SendLog } from './budget-log';
import type { PriorityQueue } from './budget-queue';
import type { BudgetClock } from './budget-types';
import { createWake, earliest } from './budget-wake';

/** How long to wait before claiming again when the ledger could not answer (database down). */
const LEDGER_RETRY_MS = 1_000;

export interface ReleaseDeps {
  clock: BudgetClock;
  queue: PriorityQueue;
  /** This instance's requests: concurrency, and what the headers may not have counted yet. */
  log: SendLog;
  account: AccountView;
  ledger: BudgetLedger;
  allowance: () => number;
  maxConcurrent: number;
  logger: Logger;
}

/**
 * Releases queued requests one ledger claim at a time: when this instance may send (a free
 * concurrency slot, headroom in the last answer), it claims a place in the window for its most
 * urgent waiter; a refusal says when the window can next take one, and it claims again then
 * (or sooner for a more urgent waiter, whose limit is higher).
 */
export function createRelease(deps: ReleaseDeps) {
  const { clock, queue, log, account, ledger } = deps;
  let claiming = false;
  let refused: { limit: number; retryAt: number } | undefined;
  const wake = createWake(clock, () => pump());

  const maySend = (now: number) =>
    queue.size() > 0 && log.inFlight() < deps.maxConcurrent && account.headroom(now) > 0;

  function limitFor(priority: number): number {
    return ledger.contended() ? bandedLimit(deps.allowance(), priority) : deps.allowance();
  }

  function pump(): void {
    if (claiming) return;
    const now = clock.now();
    const priority = queue.headPriority();
    if (priority === undefined) return;
    const limit = limitFor(priority);
    const waitForWindow = refused !== undefined && now < refused.retryAt && limit <= refused.limit;
    if (!maySend(now) || waitForWindow) {
      // Answers pump on their own; a wake is needed only for a time still to come.
      const retryAt = waitForWindow ? refused?.retryAt : undefined;
      wake.at(earliest(retryAt, account.wakeAt(now)));
      return;
    }
    claiming = true;
    void claim(limit, priority);
  }

  async function claim(limit: number, priority: number): Promise<void> {
    let outcome: LedgerClaim | undefined;
    try {
      outcome = await ledger.claim({ limit, priority, learnedCap: account.learned() });
    } catch (error) {
      deps.logger.warn('brightpearl budget ledger unavailable; requests wait', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
    claiming = false;
    const now = clock.now();
    // A larger cap learned elsewhere raises our allowance: a refusal under the old one is moot.
    const raised = outcome?.clusterCap !== undefined && account.adopt(outcome.clusterCap);
    if (outcome?.granted) release(outcome.ticket, now);
    else if (raised) refused = undefined;
    else {
      const retryInMs = outcome?.retryInMs ?? LEDGER_RETRY_MS;
      refused = { limit: outcome ? limit : Infinity, retryAt: now + Math.max(1, retryInMs) };
    }
    pump();
  }

  function release(ticket: string, now: number): void {
    refused = undefined;
    // An answer that came in while the claim was out may have used up the headroom.
    if (!maySend(now)) {
      finishQuietly(ledger.cancel(ticket));
      return;
    }
    queue.releaseNext(() => {
      const entry = log.begin(now);
      entry.ticket = ticket;
      return entry;
    });
  }

  function finishQuietly(done: Promise<void>): void {
    done.catch((error: unknown) =>
      deps.logger.warn('brightpearl budget ledger update failed', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }

  return {
    pump,
    /** A released request was answered (or failed): the ledger counts it a window from now. */
    finished(ticket: string | undefined): void {
      if (ticket !== undefined) finishQuietly(ledger.finish(ticket));
    },
    cancel: () => wake.cancel(),
  };
}
