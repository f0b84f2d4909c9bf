import { z } from 'zod';

import type { GoodsOutNote } from './order-types';
import { Amount, IdKey, textOrNull } from './wire-values';

// Each order row maps to its allocations, one per location the stock comes from.
const Allocation = z.object({
  productId: z.number().int().positive(),
  quantity: Amount,
});

/** One value of the GON GET map (reference §8.2, 2025 recording); only the fields we map. */
export const GoodsOutNoteRecord = z.object({
  orderId: z.number().int().positive(),
  status: z.object({
    // Flags that are not set may be left out; a missing one reads as "no".
    shipped: z
      .boolean()
      .nullish()
      .transform((value) => value === true),
    shippedOn: z.string().nullish(),
  }),
  shipping: z
    .object({
      reference: z.string().nullish(),
      shippingMethodId: z.number().int().nonnegative().nullish(),
    })
    .nullish(),
  orderRows: z.record(IdKey, z.array(Allocation)),
});
export type GoodsOutNoteRecord = z.output<typeof GoodsOutNoteRecord>;

export function toGoodsOutNote(goodsOutNoteId: number, note: GoodsOutNoteRecord): GoodsOutNote {
  return {
    goodsOutNoteId,
    orderId: note.orderId,
    shipped: note.status.shipped,
    shippedOn: note.status.shipped ? textOrNull(note.status.shippedOn) : null,
    reference: textOrNull(note.shipping?.reference),
    // 0 is how Brightpearl writes "no shipping method" (order delivery, reference §5.5).
    shippingMethodId: note.shipping?.shippingMethodId || null,
    rows: noteRows(note.orderRows),
  };
}

function noteRows(orderRows: GoodsOutNoteRecord['orderRows']): GoodsOutNote['rows'] {
  const rows = new Map<string, GoodsOutNote['rows'][number]>();
  for (const [key, allocations] of Object.entries(orderRows)) {
    const orderRowId = Number(key);
    for (const { productId, quantity } of allocations) {
      const id = `${orderRowId}:${productId}`;
      const row = rows.get(id);
      if (row) row.quantity += quantity;
      else rows.set(id, { orderRowId, productId, quantity });
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.orderRowId - b.orderRowId || a.productId - b.productId,
  );
}
