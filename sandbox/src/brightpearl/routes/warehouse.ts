import { getUrisRoute } from '../options-uris';
import { ok } from '../route';
import type { Route } from '../route';
import { MAX_AVAILABILITY_IDS, productAvailability } from '../warehouse/availability';
import { correctStock } from '../warehouse/stock-correction';

/** Stock figures and stock corrections (reference §7.5, §7.6). */
export const warehouseRoutes: Route[] = [
  {
    method: 'GET',
    path: '/warehouse-service/product-availability/:idSet',
    messageType: 'get-product-availability',
    handle: (context) => ok(productAvailability(context)),
  },
  {
    method: 'POST',
    path: '/warehouse-service/warehouse/:warehouseId/stock-correction',
    messageType: 'post-stock-correction',
    needsBody: true,
    handle: (context) => ok(correctStock(context)),
  },
  getUrisRoute({
    path: '/warehouse-service/product-availability/:idSet',
    uriPrefix: '/product-availability',
    // Only stock-tracked products appear in availability (reference §7.5).
    exists: (state, id) => state.products.get(id)?.stockTracked === true,
    chunkSize: MAX_AVAILABILITY_IDS,
  }),
];
