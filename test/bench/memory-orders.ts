import { setTimeout as sleep } from 'node:timers/promises';

import type { MemoryRig } from './memory-rig';

export interface OrderTally {
  /** Placed orders in Brightpearl exactly once and written back to Kentico; duplicates seen. */
  (): { done: number; duplicated: number };
  /** Resolves true once `probe(done)` holds, false after `ms`. */
  until(probe: (done: number) => boolean, ms: number): Promise<boolean>;
}

/** How far the placed orders got, read from both simulators (nothing from the companion itself). */
export function orderTally(
  rig: Pick<MemoryRig, 'brightpearl' | 'kentico'>,
  guids: readonly string[],
): OrderTally {
  const read = () => {
    const copies = new Map<string, number>(guids.map((guid) => [guid, 0]));
    for (const order of rig.brightpearl.state.orders.values()) {
      const ref = order.externalRef;
      if (order.orderTypeCode === 'SO' && ref && copies.has(ref)) {
        copies.set(ref, copies.get(ref)! + 1);
      }
    }
    const writtenBack = new Set<string>(
      rig.kentico
        .listOrders()
        .filter((order) => order.BpcBrightpearlOrderID !== null)
        .map((order) => order.OrderGUID),
    );
    return {
      done: guids.filter((guid) => copies.get(guid) === 1 && writtenBack.has(guid)).length,
      duplicated: [...copies.values()].filter((n) => n > 1).length,
    };
  };
  return Object.assign(read, {
    async until(probe: (done: number) => boolean, ms: number) {
      const deadline = Date.now() + ms;
      while (!probe(read().done)) {
        if (Date.now() > deadline) return false;
        await sleep(250);
      }
      return true;
    },
  });
}
