import { randomUUID } from 'node:crypto';

import type { KenticoEventType } from '@bpkc/shared-types';

import { signEvent } from '../hostile/signing';

/**
 * A shop's event stream at peak: mostly orders (created, then updated and moved on), customers
 * registering with their first order, some catalog edits and refunds. Weights in percent.
 */
const MIX: Array<[KenticoEventType, number]> = [
  ['order.created', 35],
  ['order.updated', 20],
  ['order.status-changed', 15],
  ['customer.created', 10],
  ['customer.updated', 8],
  ['product.updated', 8],
  ['refund.created', 4],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [, weight]) => sum + weight, 0);

/** The outbox re-posts an event whose answer it missed: a few of every hundred are repeats. */
const REPEAT_PERCENT = 2;

export interface SignedEvent {
  eventId: string;
  body: string;
  headers: Record<string, string>;
}

/** Deterministic (seeded) so runs compare; GUIDs are random, as the outbox's are. */
export function eventSource(secret: string, seed = 13) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32: small, fast, good enough to pick types.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const recentOrders: string[] = [];
  const sent: SignedEvent[] = [];
  const pickType = (): KenticoEventType => {
    let roll = next() * TOTAL_WEIGHT;
    for (const [type, weight] of MIX) if ((roll -= weight) < 0) return type;
    return 'order.created';
  };
  const objectFor = (type: KenticoEventType): string => {
    if (type === 'order.created') {
      const guid = randomUUID();
      recentOrders.push(guid);
      if (recentOrders.length > 500) recentOrders.shift();
      return guid;
    }
    const followsAnOrder = type === 'order.updated' || type === 'order.status-changed';
    if (followsAnOrder && recentOrders.length > 0)
      return recentOrders[Math.floor(next() * recentOrders.length)]!;
    return randomUUID();
  };
  const fresh = (): SignedEvent => {
    const type = pickType();
    const body = JSON.stringify({
      eventId: randomUUID(),
      type,
      objectGuid: objectFor(type),
      occurredAt: new Date().toISOString(),
    });
    return { eventId: (JSON.parse(body) as { eventId: string }).eventId, body, headers: {} };
  };
  return {
    /** The next event to post, signed now (the timestamp is part of the signature). */
    next(): SignedEvent {
      const repeat = sent.length > 100 && next() * 100 < REPEAT_PERCENT;
      const event = repeat ? sent[Math.floor(next() * sent.length)]! : fresh();
      if (!repeat) {
        sent.push(event);
        if (sent.length > 2_000) sent.shift();
      }
      return { ...event, headers: signEvent(secret, event.body) };
    },
  };
}
