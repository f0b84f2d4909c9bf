import { BrightpearlError, ERROR_CODES } from '../errors';
import { idsFromPath } from '../id-params';
import { withoutUndefined } from '../objects';
import type { RouteContext } from '../route';
import { GON_FLAGS } from './goods-out-types';
import type { GonRow, StoredGoodsOutNote } from './goods-out-types';

/** Any id set in this GET holds at most 500 ids (reference §8.2). */
export const MAX_GON_IDS = 500;

/**
 * GET /warehouse-service/order/{orderIdSet|*}/goods-note/goods-out/{gonIdSet?} (reference §8.2):
 * a map keyed by note id. `*` (all orders) only together with a note id set. Nothing matching is
 * an empty map (UNCONFIRMED; the docs do not say).
 */
export function getGoodsOutNotes(context: RouteContext): Record<string, unknown> {
  const orderSet = context.params['orderIdSet'] ?? '';
  const noteSet = context.params['gonIdSet'];
  const resource = '/warehouse-service/order';
  if (orderSet === '*' && noteSet === undefined) {
    const message = 'A goods-out note id set is required when all orders (*) are requested';
    throw BrightpearlError.of(400, ERROR_CODES.goodsOutValidation, message);
  }
  const orderIds =
    orderSet === '*' ? undefined : new Set(idsFromPath(orderSet, resource, MAX_GON_IDS));
  const noteIds =
    noteSet === undefined ? undefined : new Set(idsFromPath(noteSet, resource, MAX_GON_IDS));
  const notes = [...context.state.goodsOutNotes.values()]
    .filter((note) => !orderIds || orderIds.has(note.orderId))
    .filter((note) => !noteIds || noteIds.has(note.id))
    .sort((left, right) => left.id - right.id);
  return Object.fromEntries(notes.map((note) => [String(note.id), goodsOutNoteView(note)]));
}

/** One note as recorded in 2025 (reference §8.2), `occured` spelling included. */
export function goodsOutNoteView(note: StoredGoodsOutNote) {
  return withoutUndefined({
    orderId: note.orderId,
    warehouseId: note.warehouseId,
    transfer: note.transfer,
    priority: note.priority,
    status: statusView(note),
    shipping: withoutUndefined({ ...note.shipping }),
    labelUri: note.labelUri,
    releaseDate: note.releaseDate,
    createdOn: note.createdOn,
    createdBy: note.createdBy,
    orderRows: rowsView(note),
    sequence: note.sequence,
    events: note.events.map(({ occured, eventOwnerId, eventCode }) => ({
      occured,
      eventOwnerId,
      eventCode,
    })),
    lastEventVersion: note.lastEventVersion,
  });
}

/** Flags always present; `xxxOn`/`xxxById` only once the flag is set. */
function statusView(note: StoredGoodsOutNote): Record<string, boolean | string | number> {
  const view: Record<string, boolean | string | number> = {};
  for (const flag of GON_FLAGS) view[flag] = note.status[flag] !== undefined;
  for (const flag of GON_FLAGS) {
    const stamp = note.status[flag];
    if (!stamp) continue;
    view[`${flag}On`] = stamp.on;
    view[`${flag}ById`] = stamp.byId;
  }
  return view;
}

/**
 * Keyed by ORDER ROW id, each an array of allocations (reference §8.2). The simulator has one
 * location per warehouse, so `locationId` is the warehouse id (UNCONFIRMED).
 */
function rowsView(note: StoredGoodsOutNote) {
  const rows: Record<
    string,
    Array<{ productId: number; quantity: number; locationId: number }>
  > = {};
  note.rows.forEach((line: GonRow) => {
    const key = String(line.orderRowId);
    const allocation = {
      productId: line.productId,
      quantity: line.quantity,
      locationId: note.warehouseId,
    };
    rows[key] = [...(rows[key] ?? []), allocation];
  });
  return rows;
}
