import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { formatTimestamp, takeId } from '../state';
import type { SimulatorState, StoredOrder } from '../state';
import { checkGoodsOut, GoodsOutCreate } from './goods-out-checks';
import { notesOfOrder } from './goods-out-quantities';
import { allocateNote } from './goods-out-stock';
import type { StoredGoodsOutNote } from './goods-out-types';

/** Who acts through the API; the recording shows a staff contact id here (§8.2). Ours. */
export const API_STAFF_ID = 4;

/**
 * POST /warehouse-service/order/{orderId}/goods-note/goods-out (reference §8.1) → the new note
 * ids, one per warehouse entry (`{"response":[id]}`, array form per §8.1). Atomic: every line is
 * checked before anything is stored. Raises `goods-out-note.created` for all new notes.
 */
export function createGoodsOutNotes(context: RouteContext): number[] {
  const { state } = context;
  const order = state.orders.get(Number(context.params['orderId']));
  if (!order) throw notFound(`Cannot find order ${context.params['orderId'] ?? ''}`);
  const input = parseBody(GoodsOutCreate, context.body, ERROR_CODES.goodsOutValidation);
  const errors = checkGoodsOut(state, { order, input });
  if (errors.length > 0) throw new BrightpearlError(400, errors);
  const now = formatTimestamp(context.now());
  const ids = input.warehouses.map((entry) => {
    const note = buildNote(state, { order, input, entry, now });
    state.goodsOutNotes.set(note.id, note);
    allocateNote(context, { note, order });
    return note.id;
  });
  context.emit({ resourceType: 'goods-out-note', lifecycleEvent: 'created', ids });
  return ids;
}

interface NoteSource {
  order: StoredOrder;
  input: GoodsOutCreate;
  entry: GoodsOutCreate['warehouses'][number];
  now: string;
}

function buildNote(state: SimulatorState, source: NoteSource): StoredGoodsOutNote {
  const { order, input, entry, now } = source;
  const version = takeId(state, 'goodsNoteEvent');
  return {
    id: takeId(state, 'goodsNote'),
    orderId: order.id,
    warehouseId: entry.warehouseId,
    transfer: entry.transfer ?? false,
    priority: input.priority ?? false,
    sequence: notesOfOrder(state, order.id).length + 1,
    releaseDate:
      entry.releaseDate === undefined ? now : formatTimestamp(new Date(entry.releaseDate)),
    createdOn: now,
    createdBy: API_STAFF_ID,
    shipping: {
      reference: '',
      shippingMethodId: input.shippingMethodId ?? order.delivery.shippingMethodId,
    },
    rows: entry.products.map((line) => ({
      orderRowId: line.salesOrderRowId,
      productId: line.productId,
      quantity: line.quantity,
      allocated: 0,
    })),
    status: {},
    // PLA is the creation event in the recording; its meaning ("placed") is UNCONFIRMED (§8.2).
    events: [{ occured: now, eventOwnerId: API_STAFF_ID, eventCode: 'PLA', version }],
    lastEventVersion: version,
  };
}
