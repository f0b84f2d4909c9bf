import type { SyncStatus } from '@bpkc/shared-types';

import type { ChaosSims } from './chaos-sims';
import { metricsAuth } from './companion-process';
import type { PlacedOrders } from './chaos-load';

/** What the run proved, or which records broke it. */
export interface Verdict {
  ok: boolean;
  lost: string[];
  /** externalRef → the Brightpearl orders carrying it, when more than one. */
  duplicated: Array<{ guid: string; ids: number[] }>;
  notWrittenBack: string[];
  /** Written back, but not the id of the Brightpearl order carrying that externalRef. */
  wrongWriteBack: Array<{ guid: string; kentico: number; brightpearl: number[] }>;
  badInBrightpearl: string[];
  deadLetters: Record<string, number>;
  expectedDeadLetters: Record<string, number>;
  staleStock: Array<{ sku: string; kentico: number | null; expected: number }>;
}

function ordersByRef(sims: ChaosSims): Map<string, number[]> {
  const byRef = new Map<string, number[]>();
  for (const order of sims.brightpearl.state.orders.values()) {
    if (!order.externalRef) continue;
    byRef.set(order.externalRef, [...(byRef.get(order.externalRef) ?? []), order.id]);
  }
  return byRef;
}

/**
 * What Kentico must show per SKU once things are quiet: Brightpearl's on-hand in the mapped
 * warehouse minus the units of orders Brightpearl has not got (the bad ones, by then), never
 * below zero. The companion's own rule (targetAvailable), recomputed from both simulators.
 */
export function expectedStock(sims: ChaosSims): Map<string, number> {
  const pending = new Map<string, number>();
  for (const order of sims.kentico.listOrders()) {
    if (order.BpcBrightpearlOrderID !== null || order.OrderStatusName.toLowerCase() === 'cancelled')
      continue;
    for (const item of order.Items)
      pending.set(
        item.OrderItemSKU,
        (pending.get(item.OrderItemSKU) ?? 0) + item.OrderItemQuantity,
      );
  }
  return new Map(
    sims.catalog.map((item) => {
      const productId = sims.productIds.get(item.sku)!;
      const onHand = sims.brightpearl.availability(productId)?.warehouses['2']?.onHand ?? 0;
      return [item.sku, Math.max(0, onHand - (pending.get(item.sku) ?? 0))];
    }),
  );
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
};

export function expectedDeadLetters(placed: PlacedOrders): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const reason of placed.bad.values()) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

/** Reads both simulators and the companion's status; never calls into the companion. */
export function evaluate(
  sims: ChaosSims,
  placed: PlacedOrders,
  status: SyncStatus | undefined,
): Verdict {
  const byRef = ordersByRef(sims);
  const verdict: Verdict = {
    ok: false,
    lost: [],
    duplicated: [],
    notWrittenBack: [],
    wrongWriteBack: [],
    badInBrightpearl: [...placed.bad.keys()].filter((guid) => byRef.has(guid)),
    deadLetters: status?.deadLetters ?? {},
    expectedDeadLetters: expectedDeadLetters(placed),
    staleStock: [],
  };
  for (const guid of placed.good) {
    const ids = byRef.get(guid) ?? [];
    if (ids.length === 0) verdict.lost.push(guid);
    if (ids.length > 1) verdict.duplicated.push({ guid, ids });
    const written = sims.kentico.getOrder(guid)?.BpcBrightpearlOrderID ?? null;
    if (written === null) verdict.notWrittenBack.push(guid);
    else if (ids.length !== 1 || ids[0] !== written)
      verdict.wrongWriteBack.push({ guid, kentico: written, brightpearl: ids });
  }
  // Duplicates of bad orders (should not exist at all) count as duplicates too.
  for (const guid of verdict.badInBrightpearl) {
    const ids = byRef.get(guid) ?? [];
    if (ids.length > 1) verdict.duplicated.push({ guid, ids });
  }
  for (const [sku, expected] of expectedStock(sims)) {
    const kentico = sims.kentico.getStock(sku)?.available ?? null;
    if (kentico !== expected) verdict.staleStock.push({ sku, kentico, expected });
  }
  verdict.ok =
    status !== undefined &&
    verdict.lost.length === 0 &&
    verdict.duplicated.length === 0 &&
    verdict.notWrittenBack.length === 0 &&
    verdict.wrongWriteBack.length === 0 &&
    verdict.badInBrightpearl.length === 0 &&
    verdict.staleStock.length === 0 &&
    sameCounts(verdict.deadLetters, verdict.expectedDeadLetters);
  return verdict;
}

export async function readStatus(url: string): Promise<SyncStatus | undefined> {
  try {
    const res = await fetch(`${url}/api/status`, {
      headers: metricsAuth,
      signal: AbortSignal.timeout(5_000),
    });
    return res.ok ? ((await res.json()) as SyncStatus) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Brightpearl contacts sharing a primary e-mail, beyond the first (fails the run). A create
 * whose answer was lost (errorAfterExecute) must be found by the next attempt's search.
 */
export function duplicateContacts(sims: ChaosSims): number {
  const byEmail = new Map<string, number>();
  for (const contact of sims.brightpearl.state.contacts.values()) {
    const email = contact.emails.PRI?.email.toLowerCase();
    if (email) byEmail.set(email, (byEmail.get(email) ?? 0) + 1);
  }
  return [...byEmail.values()].reduce((sum, count) => sum + count - 1, 0);
}

/** Unexpected dead letters: open ones beyond (or other than) the deliberately bad orders. */
export function deadLetterSurplus(verdict: Verdict): number {
  const { deadLetters: actual, expectedDeadLetters: expected } = verdict;
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys].reduce(
    (sum, key) => sum + Math.abs((actual[key] ?? 0) - (expected[key] ?? 0)),
    0,
  );
}
