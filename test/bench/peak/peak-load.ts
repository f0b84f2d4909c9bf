import { setTimeout as sleep } from 'node:timers/promises';

import { createOrderGenerator } from '@bpkc/sandbox';

import type { ChaosSims } from '../../chaos/chaos-sims';
import type { PeakOptions } from './peak-options';

/** A promotion's basket: 1–5 distinct products, 3 on average. */
const MAX_LINES = 5;

/** What the shop placed so far; read by the progress line while the burst runs. */
export interface PlacedBurst {
  guids: string[];
  /** Epoch ms the first order was placed: the start of the counted window. */
  startedAt: number;
}

/**
 * Places `options.orders` paid storefront orders at `options.rate` per second, as Kentico's
 * checkout would during a promotion: each is stored already paid ("PaymentReceived", the card
 * taken at checkout) and its `order.created` event goes out through the outbox at once.
 */
export async function placeBurst(
  sims: ChaosSims,
  options: PeakOptions,
  placed: PlacedBurst,
): Promise<void> {
  const generator = createOrderGenerator({
    seed: options.seed,
    catalog: sims.catalog,
    returningShare: 1 - options.newCustomers,
    maxLines: MAX_LINES,
  });
  placed.startedAt = Date.now();
  for (let index = 0; index < options.orders; index++) {
    const order = sims.kentico.placeOrder({ ...generator.nextOrder(), status: 'PaymentReceived' });
    placed.guids.push(order.OrderGUID);
    // Paced against the start, so one slow tick does not stretch the whole burst.
    const due = placed.startedAt + ((index + 1) * 1000) / options.rate;
    await sleep(Math.max(0, due - Date.now()));
  }
}
