import { setTimeout as sleep } from 'node:timers/promises';

import type { ChaosSims } from '../../chaos/chaos-sims';
import { arrivals } from './peak-figures';

/** No order arriving for this long means the flow is stuck: report now rather than at timeout. */
const STALL_MS = 5 * 60_000;
/** Payments go in batches (PAYMENT_BATCH_WAIT_MS, 10 s by default) behind the orders. */
const PAYMENTS_MS = 3 * 60_000;
/** Brightpearl silent this long: the stock reads and payments the burst caused are done. */
const QUIET_MS = 15_000;
const QUIET_LIMIT_MS = 2 * 60_000;

export const inBrightpearl = (sims: ChaosSims, guids: readonly string[]) =>
  arrivals(sims.brightpearl.state.orders.values(), guids);

/** Waits until every placed order is in Brightpearl, the deadline passes, or arrivals stall. */
export async function waitForArrivals(
  sims: ChaosSims,
  guids: readonly string[],
  deadline: number,
): Promise<void> {
  let seen = -1;
  let movedAt = Date.now();
  while (Date.now() < deadline) {
    const count = inBrightpearl(sims, guids).size;
    if (count === guids.length) return;
    if (count !== seen) [seen, movedAt] = [count, Date.now()];
    if (Date.now() - movedAt > STALL_MS) return;
    await sleep(1_000);
  }
}

/** Orders of the burst that have a customer payment in Brightpearl. */
export function paidInBrightpearl(sims: ChaosSims, guids: readonly string[]): number {
  const ids = new Set([...inBrightpearl(sims, guids).values()].flatMap((arrival) => arrival.ids));
  const paid = new Set(
    [...sims.brightpearl.state.payments.values()]
      .filter((payment) => ids.has(payment.orderId))
      .map((payment) => payment.orderId),
  );
  return paid.size;
}

/**
 * After the last order: until its payments are recorded (bounded), then until Brightpearl has
 * heard nothing for QUIET_MS (bounded), so the stock reads the burst set off are counted too.
 */
export async function waitForSettled(sims: ChaosSims, guids: readonly string[]): Promise<void> {
  const arrived = inBrightpearl(sims, guids).size;
  const paymentsBy = Date.now() + PAYMENTS_MS;
  while (Date.now() < paymentsBy && paidInBrightpearl(sims, guids) < arrived) await sleep(1_000);
  const quietBy = Date.now() + QUIET_LIMIT_MS;
  while (Date.now() < quietBy) {
    const last = sims.brightpearl.requestLog.entries().at(-1)?.at ?? 0;
    if (Date.now() - last >= QUIET_MS) return;
    await sleep(1_000);
  }
}
