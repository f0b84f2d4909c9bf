import { setTimeout as sleep } from 'node:timers/promises';

import { createOrderGenerator } from '@bpkc/sandbox';

import type { HostileSims } from './hostile-sims';

/**
 * Storefront orders placed through the Kentico simulator while the corpus runs: whatever the
 * attacker does, every one of them must reach Brightpearl exactly once.
 */
export function startOrderLoad(sims: HostileSims, options: { everyMs: number }) {
  const generator = createOrderGenerator({ seed: 12, catalog: sims.catalog });
  const placed: string[] = [];
  const place = () => placed.push(sims.kentico.placeOrder(generator.nextOrder()).OrderGUID);
  const timer = setInterval(place, options.everyMs);
  return {
    placed,
    place,
    stop: () => clearInterval(timer),
  };
}

/** Brightpearl orders per externalRef. */
function ordersByRef(sims: HostileSims): Map<string, number> {
  const counts = new Map<string, number>();
  for (const order of sims.brightpearl.state.orders.values()) {
    if (order.externalRef) counts.set(order.externalRef, (counts.get(order.externalRef) ?? 0) + 1);
  }
  return counts;
}

/** Waits (with a deadline) until each placed order is in Brightpearl; counts the ones that are not once. */
export async function checkOrders(sims: HostileSims, placed: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let missing = placed;
  while (Date.now() < deadline) {
    const counts = ordersByRef(sims);
    missing = placed.filter((guid) => !counts.has(guid));
    if (missing.length === 0) break;
    await sleep(500);
  }
  const counts = ordersByRef(sims);
  const duplicated = placed.filter((guid) => (counts.get(guid) ?? 0) > 1);
  return { lost: missing, duplicated };
}

/** Until `guid` is in Brightpearl (the companion is connected and syncing). */
export async function waitSynced(
  sims: HostileSims,
  guid: string,
  timeoutMs: number,
): Promise<void> {
  const { lost } = await checkOrders(sims, [guid], timeoutMs);
  if (lost.length > 0)
    throw new Error(`order ${guid} did not reach Brightpearl within ${timeoutMs} ms`);
}
