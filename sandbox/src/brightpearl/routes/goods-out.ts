import { ok } from '../route';
import type { Route } from '../route';
import { runSearch } from '../search/search-engine';
import { createGoodsOutNotes } from '../warehouse/goods-out-create';
import { addGoodsOutEvents } from '../warehouse/goods-out-events';
import { goodsOutSearch } from '../warehouse/goods-out-search';
import { updateGoodsOutNote } from '../warehouse/goods-out-update';
import { getGoodsOutNotes } from '../warehouse/goods-out-view';

const ORDER_NOTES = '/warehouse-service/order/:orderIdSet/goods-note/goods-out';
/** PUT and event POST answer `{}` like other updates (reference §8.3, §13). */
const empty = { status: 200, body: {} };

/** Goods-out notes (reference §8.1–8.5). The message-type values are UNCONFIRMED. */
export const goodsOutRoutes: Route[] = [
  {
    method: 'POST',
    path: '/warehouse-service/order/:orderId/goods-note/goods-out',
    messageType: 'post-goods-out-note',
    needsBody: true,
    handle: (context) => ok(createGoodsOutNotes(context)),
  },
  {
    // `/order/55/goods-note/goods-out/` — the trailing slash is ignored by the matcher.
    method: 'GET',
    path: ORDER_NOTES,
    messageType: 'get-goods-out-note',
    handle: (context) => ok(getGoodsOutNotes(context)),
  },
  {
    method: 'GET',
    path: `${ORDER_NOTES}/:gonIdSet`,
    messageType: 'get-goods-out-note',
    handle: (context) => ok(getGoodsOutNotes(context)),
  },
  {
    method: 'PUT',
    path: '/warehouse-service/goods-note/goods-out/:gonId',
    messageType: 'put-goods-out-note',
    needsBody: true,
    handle: (context) => {
      updateGoodsOutNote(context);
      return empty;
    },
  },
  {
    method: 'POST',
    path: '/warehouse-service/goods-note/goods-out/:gonId/event',
    messageType: 'post-goods-out-note-event',
    needsBody: true,
    handle: (context) => {
      addGoodsOutEvents(context);
      return empty;
    },
  },
  {
    method: 'GET',
    path: '/warehouse-service/goods-note/goods-out-search',
    messageType: 'bulk-data-search',
    handle: (context) => runSearch(goodsOutSearch(context.state), context.query),
  },
];
