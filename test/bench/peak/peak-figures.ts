import type { BrightpearlRequestLogEntry, StoredOrder } from '@bpkc/sandbox';

import { maxRolling } from '../rolling-peak';

/** Where each placed order stands in Brightpearl: its sales orders, and when the first was made. */
export interface BrightpearlArrival {
  ids: number[];
  createdAt: number;
}

/** Sales orders per placed Kentico GUID (the companion's externalRef); absent: not there. */
export function arrivals(
  orders: Iterable<Pick<StoredOrder, 'id' | 'orderTypeCode' | 'externalRef' | 'createdOn'>>,
  placed: readonly string[],
): Map<string, BrightpearlArrival> {
  const wanted = new Set(placed);
  const byGuid = new Map<string, BrightpearlArrival>();
  for (const order of orders) {
    if (order.orderTypeCode !== 'SO' || !order.externalRef || !wanted.has(order.externalRef))
      continue;
    const createdAt = Date.parse(order.createdOn);
    const seen = byGuid.get(order.externalRef);
    if (!seen) byGuid.set(order.externalRef, { ids: [order.id], createdAt });
    else {
      seen.ids.push(order.id);
      seen.createdAt = Math.min(seen.createdAt, createdAt);
    }
  }
  return byGuid;
}

/** Nearest-rank percentile; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

export interface PeakFigureInput {
  placed: readonly string[];
  arrived: ReadonlyMap<string, BrightpearlArrival>;
  acceptedAt: ReadonlyMap<string, number>;
  /** Every request the Brightpearl simulator answered, start-up included. */
  log: readonly Pick<BrightpearlRequestLogEntry, 'at' | 'throttled'>[];
  /** The counted window: first order placed → the run settled. */
  window: { from: number; to: number };
}

/** The figures of the result line that come from the simulators and the event tap. */
export function peakFigures(input: PeakFigureInput) {
  const { placed, arrived, acceptedAt, log, window } = input;
  const synced = placed.filter((guid) => arrived.has(guid));
  const created = synced.map((guid) => arrived.get(guid)!.createdAt);
  const accepted = placed.flatMap((guid) => acceptedAt.get(guid) ?? []);
  const clearMs = Math.max(...created) - Math.min(...accepted);
  const latencies = synced.flatMap((guid) => {
    const at = acceptedAt.get(guid);
    return at === undefined ? [] : [arrived.get(guid)!.createdAt - at];
  });
  const counted = log.filter(
    (entry) => !entry.throttled && entry.at >= window.from && entry.at <= window.to,
  ).length;
  return {
    ordersPerMinute:
      synced.length > 0 && clearMs > 0 ? round(synced.length / (clearMs / 60_000)) : 0,
    callsPerOrderAllIn: round(counted / Math.max(1, placed.length)),
    peakRolling60s: maxRolling(log, 60_000),
    throttled503: log.filter((entry) => entry.throttled).length,
    duplicates: synced.reduce((sum, guid) => sum + arrived.get(guid)!.ids.length - 1, 0),
    lost: placed.length - synced.length,
    p95AcceptedToBrightpearlMs: percentile(latencies, 95),
    countedCalls: counted,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Counted requests of the window per route, most first: where the calls per order went. */
export function callsByEndpoint(
  log: readonly Pick<BrightpearlRequestLogEntry, 'at' | 'throttled' | 'endpoint'>[],
  window: { from: number; to: number },
): Record<string, number> {
  const counts = new Map<string, number>();
  for (const entry of log)
    if (!entry.throttled && entry.at >= window.from && entry.at <= window.to)
      counts.set(entry.endpoint, (counts.get(entry.endpoint) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}
