import { z } from 'zod';

import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import type { RouteContext } from '../route';
import type { StoredGoodsOutNote } from './goods-out-types';

/** Reference §8.3: reference ≤ 64 chars, weight ≤ 999,999.99, labelUri ≤ 512 chars. */
const GoodsOutUpdate = z.object({
  priority: z.boolean().optional(),
  shipping: z
    .object({
      shippingMethodId: z.number().int().positive().optional(),
      reference: z.string().max(64).optional(),
      boxes: z.number().int().nonnegative().optional(),
      weight: z
        .union([z.number(), z.string().regex(/^\d+(\.\d{1,2})?$/)])
        .refine((weight) => Number(weight) >= 0 && Number(weight) <= 999_999.99, {
          message: 'must be between 0 and 999999.99',
        })
        .optional(),
    })
    .optional(),
  labelUri: z.string().max(512).optional(),
});

/** The note named by the `:gonId` path segment, or 404. */
export function findNote(context: RouteContext): StoredGoodsOutNote {
  const raw = context.params['gonId'] ?? '';
  const note = /^\d+$/.test(raw) ? context.state.goodsOutNotes.get(Number(raw)) : undefined;
  if (!note) throw notFound(`Cannot find goods-out note ${raw}`);
  return note;
}

/** "No updates allowed after the note is shipped" (reference §8.3); the code is UNCONFIRMED. */
export function refuseIfShipped(note: StoredGoodsOutNote, what: string): void {
  if (note.status.shipped === undefined) return;
  const message = `Goods-out note ${note.id} has been shipped; ${what} is no longer allowed`;
  throw BrightpearlError.of(400, ERROR_CODES.goodsOutShipped, message);
}

/**
 * PUT /warehouse-service/goods-note/goods-out/{gonId} (reference §8.3) → `{}`: tracking
 * reference, shipping method, boxes, weight, label URI, priority. Raises
 * `goods-out-note.modified` (the data-change event of §10.3).
 */
export function updateGoodsOutNote(context: RouteContext): void {
  const note = findNote(context);
  const input = parseBody(GoodsOutUpdate, context.body, ERROR_CODES.goodsOutValidation);
  refuseIfShipped(note, 'an update');
  const methodId = input.shipping?.shippingMethodId;
  if (
    methodId !== undefined &&
    !context.state.lookups.shippingMethods.some((method) => method.id === methodId)
  ) {
    const message = `shipping.shippingMethodId: shipping method ${methodId} does not exist`;
    throw BrightpearlError.of(400, ERROR_CODES.goodsOutValidation, message);
  }
  if (input.priority !== undefined) note.priority = input.priority;
  if (input.labelUri !== undefined) note.labelUri = input.labelUri;
  const shipping = input.shipping ?? {};
  if (shipping.shippingMethodId !== undefined)
    note.shipping.shippingMethodId = shipping.shippingMethodId;
  if (shipping.reference !== undefined) note.shipping.reference = shipping.reference;
  if (shipping.boxes !== undefined) note.shipping.boxes = shipping.boxes;
  if (shipping.weight !== undefined) note.shipping.weight = Number(shipping.weight).toFixed(2);
  context.emit({ resourceType: 'goods-out-note', lifecycleEvent: 'modified', ids: [note.id] });
}
