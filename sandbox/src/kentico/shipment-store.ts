import type { ShipmentBody } from '@bpkc/shared-types';

/** One Brightpearl goods-out note as the extension stores it (XbyK has no tracking model, §3.2). */
export interface KenticoShipment extends ShipmentBody {
  goodsOutNoteId: number;
}

export type ShipmentOutcome = 'created' | 'updated' | 'unchanged';

export interface ShipmentStore {
  /** Keyed by (order, goods-out note): a retry or a re-sent note never adds a second row. */
  put(orderGuid: string, shipment: KenticoShipment): ShipmentOutcome;
  /** Copies, in the order the notes first arrived. */
  list(orderGuid: string): KenticoShipment[];
}

/** Field order fixed, so a body with keys in another order still counts as the same shipment. */
const content = (s: KenticoShipment): string =>
  JSON.stringify([s.goodsOutNoteId, s.trackingReference, s.carrier, s.shippedAt, s.lines]);

export function createShipmentStore(): ShipmentStore {
  const byOrder = new Map<string, Map<number, KenticoShipment>>();
  return {
    put(orderGuid, shipment) {
      const key = orderGuid.toLowerCase();
      const notes = byOrder.get(key) ?? new Map<number, KenticoShipment>();
      byOrder.set(key, notes);
      const existing = notes.get(shipment.goodsOutNoteId);
      const fresh: KenticoShipment = {
        goodsOutNoteId: shipment.goodsOutNoteId,
        trackingReference: shipment.trackingReference,
        carrier: shipment.carrier,
        shippedAt: shipment.shippedAt,
        lines: shipment.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      };
      if (existing && content(existing) === content(fresh)) return 'unchanged';
      // Same note with other data (e.g. tracking added later in Brightpearl): the newest wins.
      notes.set(shipment.goodsOutNoteId, fresh);
      return existing ? 'updated' : 'created';
    },
    list: (orderGuid) =>
      [...(byOrder.get(orderGuid.toLowerCase())?.values() ?? [])].map((s) => structuredClone(s)),
  };
}
