import { setTimeout as sleep } from 'node:timers/promises';

import { createOrderGenerator, mulberry32, type PlaceOrderInput } from '@bpkc/sandbox';

import type { ChaosConfig } from './chaos-config';
import type { ChaosSims } from './chaos-sims';

export type BadReason = 'unknown-sku' | 'unmapped-shipping-method';

export interface PlacedOrders {
  good: string[];
  /** GUID → the dead-letter reason the order must end with. */
  bad: Map<string, BadReason>;
  /** Good orders placed already paid ("PaymentReceived"): each needs one payment. */
  paid: Set<string>;
  /** Orders placed so far (the lifecycle driver reads it while the load runs). */
  count: number;
  /** GUID → the customer's e-mail (lower case). */
  emails: Map<string, string>;
  /** E-mail → index of that customer's last order in the run (no later order changes them). */
  lastOrderOf: Map<string, number>;
}

/** Spoils an order in one of the two ways a real shop produces now and then. */
function spoil(order: PlaceOrderInput, reason: BadReason): PlaceOrderInput {
  if (reason === 'unmapped-shipping-method') return { ...order, shippingMethod: 'PigeonPost' };
  const [first, ...rest] = order.items;
  return {
    ...order,
    items: [{ ...first!, sku: 'DISCONTINUED-001', name: 'Old product' }, ...rest],
  };
}

/** Which order numbers are bad: seeded, spread over the whole run. */
function badPositions(config: ChaosConfig): Map<number, BadReason> {
  const random = mulberry32(config.seed + 101);
  const positions = new Map<number, BadReason>();
  while (positions.size < config.badOrders) {
    const at = Math.floor(random() * config.orders);
    if (!positions.has(at))
      positions.set(at, positions.size % 2 === 0 ? 'unknown-sku' : 'unmapped-shipping-method');
  }
  return positions;
}

/** Every order of the run, generated up front (seeded): spoiled or paid where the plan says. */
function planOrders(sims: ChaosSims, config: ChaosConfig) {
  const generator = createOrderGenerator({ seed: config.seed, catalog: sims.catalog });
  const bad = badPositions(config);
  const paidPick = mulberry32(config.seed + 505);
  return Array.from({ length: config.orders }, (_, index) => {
    const input = generator.nextOrder();
    const reason = bad.get(index);
    if (reason) return { input: spoil(input, reason), reason, paid: false };
    const paid = paidPick() < config.paidShare;
    return { input: paid ? { ...input, status: 'PaymentReceived' } : input, paid };
  });
}

export function emptyPlacedOrders(): PlacedOrders {
  return {
    good: [],
    bad: new Map<string, BadReason>(),
    paid: new Set<string>(),
    count: 0,
    emails: new Map<string, string>(),
    lastOrderOf: new Map<string, number>(),
  };
}

/** Places `config.orders` storefront orders at `ordersPerSecond` into `placed`, bad ones among them. */
export async function placeOrders(
  sims: ChaosSims,
  config: ChaosConfig,
  placed: PlacedOrders,
): Promise<PlacedOrders> {
  const plan = planOrders(sims, config);
  plan.forEach(({ input }, index) =>
    placed.lastOrderOf.set(input.customer.email.toLowerCase(), index),
  );
  const started = Date.now();
  for (const [index, { input, reason, paid }] of plan.entries()) {
    const order = sims.kentico.placeOrder(input);
    placed.emails.set(order.OrderGUID, input.customer.email.toLowerCase());
    if (reason) placed.bad.set(order.OrderGUID, reason);
    else placed.good.push(order.OrderGUID);
    if (paid) placed.paid.add(order.OrderGUID);
    placed.count = index + 1;
    // Paced against the start, so a slow tick does not stretch the whole run.
    const due = started + ((index + 1) * 1000) / config.ordersPerSecond;
    await sleep(Math.max(0, due - Date.now()));
  }
  return placed;
}

/**
 * Warehouse activity in Brightpearl: every second a few stock corrections (goods in, damages),
 * never below zero. Through the simulator directly: the warehouse staff are not the companion,
 * so these writes are not subject to the injected faults. Returns a stop function.
 */
export function startStockActivity(sims: ChaosSims, config: ChaosConfig): () => number {
  const random = mulberry32(config.seed + 202);
  let corrections = 0;
  const timer = setInterval(() => {
    const count = 1 + Math.floor(random() * 3);
    const lines = Array.from({ length: count }, () => {
      const item = sims.catalog[Math.floor(random() * sims.catalog.length)]!;
      const productId = sims.productIds.get(item.sku)!;
      const onHand = sims.brightpearl.availability(productId)?.warehouses['2']?.onHand ?? 0;
      const quantity = Math.max(-onHand, Math.floor(random() * 9) - 3);
      return { productId, quantity, reason: 'Chaos warehouse activity' };
    });
    // One line per product and no zero lines: Brightpearl rejects neither, but keep it clean.
    const unique = [...new Map(lines.map((line) => [line.productId, line])).values()].filter(
      (line) => line.quantity !== 0,
    );
    if (unique.length === 0) return;
    sims.brightpearl.correctStock(2, unique);
    corrections += unique.length;
  }, 1000);
  return () => {
    clearInterval(timer);
    return corrections;
  };
}

/** Kill moments (ms after the load starts): seeded, at least `minGapMs` apart, inside the load. */
export function killSchedule(config: ChaosConfig, loadMs: number, minGapMs = 12_000): number[] {
  const random = mulberry32(config.seed + 303);
  const slot = loadMs / config.kills;
  // One kill per slot at a random point of its usable part, so gaps never fall under minGapMs.
  return Array.from({ length: config.kills }, (_, i) => {
    const usable = Math.max(0, slot - minGapMs);
    return Math.round(i * slot + minGapMs / 2 + random() * usable);
  });
}
